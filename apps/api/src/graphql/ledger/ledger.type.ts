import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { LeaderBody, ProjectNode, SourceKind, TimeProgressFlag } from '../common/enums';
import { Provenance } from '../common/provenance.type';
import { ProjectProblem } from '../problem/problem.type';
import { Project } from '../project/project.type';

@ObjectType({ description: 'One flag’s margin against time progress; shown on screen beside the flags.' })
export class TimeProgressThreshold {
  @Field(() => TimeProgressFlag) flag!: string;
  @Field(() => String) description!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'The least pointsAhead that earns this flag; null for the last (everything below).',
  })
  minPointsAhead!: number | null;
  @Field(() => Provenance, { description: 'Where the margins come from (a convention, not the plan).' })
  provenance!: Provenance;
}

@ObjectType({ description: 'Who answers for a project: 一个项目、一个领导、一套班子 (§三(三)).' })
export class ProjectResponsible {
  @Field(() => String) leaderName!: string;
  @Field(() => String, { nullable: true }) leaderTitle!: string | null;
  @Field(() => LeaderBody, { nullable: true }) leaderBody!: string | null;
  @Field(() => String) responsibleUnit!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({
  description: 'A lifecycle node’s planned and actual day; overdue once planned has passed unreached.',
})
export class ProjectNodeState {
  @Field(() => ProjectNode) node!: string;
  @Field(() => DateScalar, { nullable: true }) plannedOn!: string | null;
  @Field(() => DateScalar, { nullable: true }) actualOn!: string | null;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Provenance) provenance!: Provenance;
  @Field(() => Int) version!: number;
  projectId!: string;
}

@ObjectType({ description: 'A project’s line in the ledger (项目台账) for a year, as at a day.' })
export class LedgerRow {
  @Field(() => Project) project!: unknown;
  @Field(() => Int) year!: number;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Float, { nullable: true, description: '年度计划投资, 万元; null when none is set.' })
  plannedWan!: number | null;
  @Field(() => Float, { description: 'This year, from accepted reports of months ended by asOf, 万元.' })
  completedWan!: number;
  @Field(() => Float, { description: 'All years, from accepted reports up to asOf, 万元.' })
  cumulativeWan!: number;
  @Field(() => Float, { nullable: true, description: 'completedWan / plannedWan × 100, 2 decimals.' })
  percentOfPlan!: number | null;
  @Field(() => Float, {
    description: 'Share of the year (or of the project’s part of it, from its STARTED node) gone by asOf.',
  })
  timeProgressPercent!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'percentOfPlan − timeProgressPercent; negative is behind.',
  })
  pointsAhead!: number | null;
  @Field(() => TimeProgressFlag, { nullable: true }) flag!: string | null;
  @Field(() => [ProjectNodeState]) overdueNodes!: ProjectNodeState[];
  @Field(() => Int) openProblems!: number;
  @Field(() => Int) overdueProblems!: number;
  @Field(() => ProjectResponsible, { nullable: true }) responsible!: unknown;
  @Field(() => Provenance, { nullable: true }) planSource!: Provenance | null;
  @Field(() => SourceKind, {
    nullable: true,
    description: 'REPORTED from accepted reports, DEMO from demo reports; null when no report counted.',
  })
  completedSource!: string | null;
}

@ObjectType({ description: 'A zone’s projects with a plan, summed, against time progress.' })
export class ZoneTimeProgress {
  @Field(() => Float) plannedWan!: number;
  @Field(() => Float) completedWan!: number;
  @Field(() => Float, { nullable: true }) percentOfPlan!: number | null;
  @Field(() => Float) timeProgressPercent!: number;
  @Field(() => Float, { nullable: true }) pointsAhead!: number | null;
  @Field(() => TimeProgressFlag, { nullable: true }) flag!: string | null;
  @Field(() => Boolean, { description: 'True when any figure summed is demo.' }) demo!: boolean;
  @Field(() => SourceKind, { nullable: true, description: 'The weakest source of the figures summed.' })
  source!: string | null;
  zoneCode!: string;
}

@ObjectType({ description: 'An overdue node on the red list, with its project.' })
export class RedListNode {
  @Field(() => Project) project!: unknown;
  @Field(() => ProjectNodeState) node!: ProjectNodeState;
}

@ObjectType({
  description: 'One zone’s red list at a month’s end: projects far behind, overdue nodes and problems.',
})
export class RedListZone {
  @Field(() => [LedgerRow]) behindProjects!: LedgerRow[];
  @Field(() => [RedListNode]) overdueNodes!: RedListNode[];
  @Field(() => [ProjectProblem]) overdueProblems!: unknown[];
  zoneCode!: string;
}
