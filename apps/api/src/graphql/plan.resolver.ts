import {
  inspectionRanking,
  listProgressReports,
  projectTotals,
  recordInspectionScores,
  recordProgressReport,
  searchByName,
  type TargetProgress,
  type TotalsGroup as TotalsGroupName,
  targetProgress,
} from '@atlas/core';
import { METRIC_LABELS } from '@atlas/data';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from './context';
import { TotalsGroup } from './enums';
import { InspectionScoresInput, ProgressReportInput } from './layers.inputs';
import {
  InspectionRanking,
  InspectionScore,
  PlanSummary,
  PlanTarget,
  ProgressReport,
  ProjectTotals,
  SearchHit,
} from './plan.types';

function toPlanTarget(p: TargetProgress): PlanTarget {
  const t = p.target;
  const label = METRIC_LABELS[t.metric];
  return {
    ...t,
    label: label?.zh ?? t.metric,
    labelEn: label?.en ?? t.metric,
    provenance: { kind: t.sourceKind, citation: t.sourceCitation },
    actual: p.actual,
    percentReached: p.percentReached,
    met: p.met,
    actualSource: p.actualSource,
  };
}

@Resolver()
export class PlanResolver {
  @Query(() => [PlanTarget], {
    description: 'The plan’s targets for a year, each with its actual and percent reached.',
  })
  async planTargets(
    @Ctx() ctx: ApiContext,
    @Arg('year', () => Int) year: number,
    @Arg('zoneCode', () => String, { nullable: true }) zoneCode?: string,
    @Arg('clusterCode', () => String, { nullable: true }) clusterCode?: string,
  ) {
    return (await targetProgress(ctx.db, year, { zoneCode, clusterCode })).map(toPlanTarget);
  }

  @Query(() => PlanSummary, { description: 'The ten zones together against the year’s city-wide targets.' })
  async planSummary(@Ctx() ctx: ApiContext, @Arg('year', () => Int) year: number): Promise<PlanSummary> {
    const [targets, byStatus] = await Promise.all([
      targetProgress(ctx.db, year, { scope: 'ALL_ZONES' }),
      projectTotals(ctx.db, 'STATUS'),
    ]);
    return {
      year,
      projectCount: byStatus.reduce((n, r) => n + r.count, 0),
      projectInvestmentYi: Math.round(byStatus.reduce((n, r) => n + r.investmentYi, 0) * 100) / 100,
      targetsWithData: targets.filter((t) => t.actual !== null).length,
      targetsMet: targets.filter((t) => t.met).length,
      targets: targets.map(toPlanTarget),
    };
  }

  @Query(() => [ProjectTotals], {
    description: 'Project counts and investment by zone, cluster, status or start quarter.',
  })
  projectTotals(@Ctx() ctx: ApiContext, @Arg('groupBy', () => TotalsGroup) groupBy: TotalsGroupName) {
    return projectTotals(ctx.db, groupBy);
  }

  @Query(() => [ProgressReport], { description: 'Reported figures, by period.' })
  progressReports(@Ctx() ctx: ApiContext, @Arg('period', () => String, { nullable: true }) period?: string) {
    return listProgressReports(ctx.db, period);
  }

  @Query(() => [SearchHit], {
    description: 'Zones, clusters, enterprises and projects whose name contains the text.',
  })
  search(
    @Ctx() ctx: ApiContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    return searchByName(ctx.db, text, first);
  }

  @Query(() => InspectionRanking, {
    nullable: true,
    description: 'The zones ranked at a round such as 2014Q3.',
  })
  async inspectionRanking(@Ctx() ctx: ApiContext, @Arg('period', () => String) period: string) {
    const ranking = await inspectionRanking(ctx.db, period);
    if (!ranking) return null;
    const { round } = ranking;
    return {
      period: round.period,
      kind: round.kind,
      heldOn: round.heldOn,
      previousPeriod: ranking.previousPeriod,
      provenance: { kind: round.sourceKind, citation: round.sourceCitation },
      zones: ranking.zones,
    };
  }

  @Mutation(() => ProgressReport, { description: 'Records a period’s figure. Planner or admin.' })
  recordProgressReport(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => ProgressReportInput) input: ProgressReportInput,
  ) {
    return recordProgressReport(ctx, input);
  }

  @Mutation(() => [InspectionScore], {
    description: 'Records the zones’ scores at a round. Planner or admin.',
  })
  recordInspectionScores(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => InspectionScoresInput) input: InspectionScoresInput,
  ) {
    return recordInspectionScores(ctx, input);
  }
}
