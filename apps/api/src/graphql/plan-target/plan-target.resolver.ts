import { planSummary, type TargetProgress, targetProgress } from '@atlas/core';
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
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        'Actuals as at the end of this period ("2014Q3", "2014M08", or "2014" for the year; anything else is refused, naming it); a metric without dated records has none before the year’s end.',
    })
    asOf?: string,
    @Arg('met', () => Boolean, {
      nullable: true,
      description: 'Only targets met (true) or not met (false); targets with no data are neither.',
    })
    met?: boolean,
  ) {
    return (await targetProgress(ctx.db, year, { zoneCode, clusterCode, asOf, met })).map(toPlanTarget);
  }

  @Query(() => PlanSummary, { description: 'The ten zones together against the year’s city-wide targets.' })
  async planSummary(@Ctx() ctx: ApiContext, @Arg('year', () => Int) year: number): Promise<PlanSummary> {
    const summary = await planSummary(ctx.db, year);
    return { ...summary, targets: summary.targets.map(toPlanTarget) };
  }
}
