import { projectTotals, type TargetProgress, targetProgress } from '@atlas/core';
import { METRIC_LABELS } from '@atlas/data';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { PlanSummary } from './plan-summary.type';
import { PlanTarget } from './plan-target.type';

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

@Resolver(() => PlanTarget)
export class PlanTargetResolver {
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
}
