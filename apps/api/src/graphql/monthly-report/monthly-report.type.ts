import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DateTimeScalar } from '../common/date-time.scalar';
import { ProjectNode, ProjectStatus, ReportedWorksKind, ReportingState, ReportStatus } from '../common/enums';

@ObjectType({ description: 'A project’s line in a monthly report.' })
export class MonthlyReportProject {
  projectId!: string;
  @Field(() => Float, { description: 'Completed this month, 万元.' }) investmentWan!: number;
  @Field(() => Float, {
    description:
      'Accepted reports of earlier months plus this line, 万元: what the total becomes once accepted.',
  })
  cumulativeWan!: number;
  @Field(() => ProjectStatus, {
    nullable: true,
    description: 'The status reached this month, if it changed.',
  })
  status?: string | null;
  @Field(() => DateScalar, { nullable: true }) statusChangedOn?: string | null;
  @Field(() => String, { nullable: true, description: '形象进度' }) progressText?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the cumulative may exceed the project’s total.' })
  overTotalReason?: string | null;
}

@ObjectType({ description: 'A lifecycle node a report says was reached this month.' })
export class MonthlyReportNode {
  projectId!: string;
  @Field(() => ProjectNode) node!: string;
  @Field(() => DateScalar) actualOn!: string;
}

@ObjectType({ description: 'A works or relocation site’s state at the month’s end.' })
export class MonthlyReportWorks {
  @Field(() => ReportedWorksKind) kind!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { nullable: true }) progressPercent?: number | null;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => Int, { nullable: true }) householdsMoved?: number | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) completedOn?: string | null;
  @Field(() => String, { nullable: true }) progressText?: string | null;
}

@ObjectType({
  description:
    'A zone’s monthly report (月报). Only ACCEPTED reports count; drafts, submitted and returned ones are read only by the zone’s reporter, planners and admins.',
})
export class MonthlyReport {
  @Field(() => ID) id!: number;
  zoneCode!: string;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => ReportStatus) status!: string;
  @Field(() => Int) version!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The zone’s fixed-asset investment this month, 万元; when absent its project lines count.',
  })
  fixedAssetInvestmentWan?: number | null;
  @Field(() => Float, { nullable: true, description: 'The zone’s main business revenue this month, 万元.' })
  mainBusinessRevenueWan?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, {
    description: 'A generated demonstration report (示例), not a zone’s real figures.',
  })
  demo!: boolean;
  @Field(() => DateScalar, { description: 'The day it is due: ATLAS_REPORT_DEADLINE_DAY of the next month.' })
  deadline!: string;
  @Field(() => Boolean, {
    description:
      'First submitted after the deadline (China time), or not submitted and the deadline is over.',
  })
  late!: boolean;
  @Field(() => String) createdBy!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was first submitted.' })
  submittedAt?: Date | null;
  @Field(() => String, { nullable: true }) submittedBy?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) reviewedAt?: Date | null;
  @Field(() => String, { nullable: true }) reviewedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was last returned.' }) returnReason?:
    | string
    | null;
  @Field(() => [MonthlyReportProject]) projects!: MonthlyReportProject[];
  @Field(() => [MonthlyReportNode]) nodes!: MonthlyReportNode[];
  @Field(() => [MonthlyReportWorks]) works!: MonthlyReportWorks[];
}

@ObjectType({ description: 'Where a zone stands with a month’s report.' })
export class ReportingBoardRow {
  zoneCode!: string;
  @Field(() => String) month!: string;
  @Field(() => ReportingState) state!: string;
  @Field(() => MonthlyReport, {
    nullable: true,
    description:
      'The report, when the reader may see it (accepted, or its own zone’s, or a planner’s to review).',
  })
  report?: MonthlyReport | null;
  @Field(() => DateScalar) deadline!: string;
}
