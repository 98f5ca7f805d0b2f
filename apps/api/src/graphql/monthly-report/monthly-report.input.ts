import type {
  ProjectNode as ProjectNodeName,
  ProjectStatus as ProjectStatusName,
  ReportedWorksKind as WorksKindName,
} from '@atlas/data';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { ProjectNode, ProjectStatus, ReportedWorksKind } from '../common/enums';

@InputType({
  description: 'A project’s line: investment completed this month (万元), a status change, 形象进度.',
})
export class MonthlyReportProjectInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Float) investmentWan!: number;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatusName | null;
  @Field(() => DateScalar, { nullable: true }) statusChangedOn?: string | null;
  @Field(() => String, { nullable: true }) progressText?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required when the cumulative exceeds the project’s total.',
  })
  overTotalReason?: string | null;
}

@InputType({ description: 'A lifecycle node reached this month.' })
export class MonthlyReportNodeInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ProjectNode) node!: ProjectNodeName;
  @Field(() => DateScalar) actualOn!: string;
}

@InputType({ description: 'A works or relocation site’s state at the month’s end.' })
export class MonthlyReportWorksInput {
  @Field(() => ReportedWorksKind) kind!: WorksKindName;
  @Field(() => ID) entityId!: string;
  @Field(() => Float, { nullable: true }) progressPercent?: number | null;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => Int, { nullable: true }) householdsMoved?: number | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) completedOn?: string | null;
  @Field(() => String, { nullable: true }) progressText?: string | null;
}

@InputType({
  description: 'A zone’s report for a month: saved as a draft, or replacing a draft or returned report.',
})
export class MonthlyReportInput {
  @Field(() => ID) zoneCode!: string;
  @Field(() => String, { description: 'YYYY-MM, e.g. 2014-09' }) month!: string;
  @Field(() => Int, { nullable: true, description: 'The version read; required when the report exists.' })
  version?: number | null;
  @Field(() => Float, { nullable: true }) fixedAssetInvestmentWan?: number | null;
  @Field(() => Float, { nullable: true }) mainBusinessRevenueWan?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [MonthlyReportProjectInput]) projects!: MonthlyReportProjectInput[];
  @Field(() => [MonthlyReportNodeInput]) nodes!: MonthlyReportNodeInput[];
  @Field(() => [MonthlyReportWorksInput]) works!: MonthlyReportWorksInput[];
}
