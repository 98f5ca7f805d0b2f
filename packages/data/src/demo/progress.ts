import { PLAN_TARGETS } from '../plan/targets';
import { ZONES } from '../plan/zones';
import { DEMO_PROVENANCE } from './context';
import { apportion, type DemoRandom } from './random';
import type { ProgressReportRecord } from './records';

/** The quarters after the plan was issued (July 2014), with the share of the year done by their end. */
export const DEMO_PERIODS = [
  { period: '2014Q3', share: 0.7 },
  { period: '2014Q4', share: 1 },
] as const;

function planValue(metric: string, clusterCode?: string): number {
  const target = PLAN_TARGETS.find(
    (t) =>
      t.metric === metric &&
      (clusterCode ? t.scope.kind === 'CLUSTER' && t.scope.clusterCode === clusterCode : true),
  );
  if (!target) throw new Error(`no plan target ${metric}`);
  return target.value;
}

/**
 * Cumulative demo reports per zone for investment and revenue, and per cluster for revenue:
 * each zone's share of the city-wide target, reached to a demo degree (80–115% by year-end).
 */
export function demoProgressReports(rng: DemoRandom): ProgressReportRecord[] {
  const zoneWeights = ZONES.map(() => rng.between(0.6, 1.4));
  const reach = ZONES.map(() => rng.between(0.8, 1.15));
  const rows: ProgressReportRecord[] = [];
  for (const metric of ['fixed_asset_investment', 'main_business_revenue']) {
    const shares = apportion(planValue(metric), zoneWeights, 2);
    for (const { period, share } of DEMO_PERIODS) {
      ZONES.forEach((zone, i) => {
        const value = Math.round((shares[i] as number) * (reach[i] as number) * share * 100) / 100;
        rows.push({
          period,
          metric,
          zoneCode: zone.code,
          clusterCode: null,
          value,
          provenance: DEMO_PROVENANCE,
        });
      });
    }
  }
  for (const target of PLAN_TARGETS.filter((t) => t.metric === 'cluster_main_business_revenue')) {
    if (target.scope.kind !== 'CLUSTER') continue;
    const yearReach = rng.between(0.8, 1.1);
    for (const { period, share } of DEMO_PERIODS) {
      rows.push({
        period,
        metric: target.metric,
        zoneCode: null,
        clusterCode: target.scope.clusterCode,
        value: Math.round(target.value * yearReach * share * 100) / 100,
        provenance: DEMO_PROVENANCE,
      });
    }
  }
  return rows;
}
