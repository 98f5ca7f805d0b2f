import {
  type LedgerRow as LedgerRowValue,
  projectLedger,
  redList,
  setProjectAnnualPlan,
  setProjectNodePlan,
  setProjectResponsible,
  zoneTimeProgress,
} from '@atlas/core';
import {
  type LeaderBody as LeaderBodyValue,
  type ProjectNode as ProjectNodeValue,
  TIME_PROGRESS_THRESHOLDS,
  TIME_PROGRESS_THRESHOLDS_PROVENANCE,
  type TimeProgressFlag as TimeProgressFlagValue,
} from '@atlas/data';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { LeaderBody, ProjectNode, TimeProgressFlag } from '../common/enums';
import { Provenance } from '../common/provenance.type';
import type { ApiContext } from '../context';
import { Zone } from '../zone/zone.type';
import {
  LedgerRow,
  ProjectNodeState,
  ProjectResponsible,
  RedListZone,
  TimeProgressThreshold,
  ZoneTimeProgress,
} from './ledger.type';

type ResponsibleRow = typeof schema.projectResponsibles.$inferSelect;

@Resolver(() => ProjectResponsible)
export class ProjectResponsibleResolver {
  @FieldResolver(() => Provenance, { description: 'Where the record came from.' })
  provenance(@Root() row: ResponsibleRow): Provenance {
    return { kind: row.sourceKind, citation: row.sourceCitation };
  }
}

@Resolver(() => ZoneTimeProgress)
export class ZoneTimeProgressResolver {
  @FieldResolver(() => Zone)
  zone(@Root() row: ZoneTimeProgress, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(row.zoneCode);
  }
}

@Resolver(() => RedListZone)
export class RedListZoneResolver {
  @FieldResolver(() => Zone)
  zone(@Root() row: RedListZone, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(row.zoneCode);
  }
}

@Resolver(() => LedgerRow)
export class LedgerResolver {
  @Query(() => [TimeProgressThreshold], { description: 'The margins of the flags, best first.' })
  timeProgressThresholds(): TimeProgressThreshold[] {
    return TIME_PROGRESS_THRESHOLDS.map((t) => ({ ...t, provenance: TIME_PROGRESS_THRESHOLDS_PROVENANCE }));
  }

  @Query(() => [LedgerRow], {
    description:
      'The project ledger for a year against time progress. asOf defaults to the end of the newest month with an accepted report, else today moved into the year. Ordered by zone, then project id; `after` is a project id.',
  })
  projectLedger(
    @Ctx() ctx: ApiContext,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
    @Arg('zoneCode', () => ID, { nullable: true }) zoneCode?: string,
    @Arg('flag', () => TimeProgressFlag, { nullable: true }) flag?: TimeProgressFlagValue,
    @Arg('overdue', () => Boolean, {
      nullable: true,
      description: 'Only projects with (or without) an overdue node or problem.',
    })
    overdue?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return projectLedger(ctx.db, { year, asOf, zoneCode, flag, overdue, first, after });
  }

  @Query(() => [ZoneTimeProgress], { description: 'Each of the ten zones against time progress.' })
  zoneTimeProgress(
    @Ctx() ctx: ApiContext,
    @Arg('year', () => Int) year: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ) {
    return zoneTimeProgress(ctx.db, year, asOf);
  }

  @Query(() => [RedListZone], { description: 'The red list as at the month’s end (month: YYYY-MM).' })
  redList(@Ctx() ctx: ApiContext, @Arg('month', () => String) month: string) {
    return redList(ctx.db, month);
  }

  @Mutation(() => LedgerRow, { description: 'Sets a 年度计划投资 (万元). Zone reporters: own zone only.' })
  async setProjectAnnualPlan(
    @Ctx() ctx: ApiContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('year', () => Int) year: number,
    @Arg('plannedWan', () => Float) plannedWan: number,
  ): Promise<LedgerRowValue | undefined> {
    await setProjectAnnualPlan(ctx, { projectId, year, plannedWan });
    const [row] = await projectLedger(ctx.db, { year, projectIds: [projectId] });
    return row;
  }

  @Mutation(() => ProjectResponsible, {
    description: 'Names the leader and unit answering for a project. Zone reporters: own zone only.',
  })
  setProjectResponsible(
    @Ctx() ctx: ApiContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('leaderName', () => String) leaderName: string,
    @Arg('responsibleUnit', () => String) responsibleUnit: string,
    @Arg('leaderTitle', () => String, { nullable: true }) leaderTitle?: string,
    @Arg('leaderBody', () => LeaderBody, { nullable: true }) leaderBody?: LeaderBodyValue,
  ) {
    return setProjectResponsible(ctx, { projectId, leaderName, leaderTitle, leaderBody, responsibleUnit });
  }

  @Mutation(() => ProjectNodeState, {
    description:
      'Sets a node’s planned and/or actual day (omitted: kept; null: cleared), keeping the nodes’ order. Zone reporters: own zone only.',
  })
  setProjectNodePlan(
    @Ctx() ctx: ApiContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('node', () => ProjectNode) node: ProjectNodeValue,
    @Arg('plannedOn', () => DateScalar, { nullable: true }) plannedOn?: string | null,
    @Arg('actualOn', () => DateScalar, { nullable: true }) actualOn?: string | null,
  ) {
    return setProjectNodePlan(ctx, { projectId, node, plannedOn, actualOn });
  }
}
