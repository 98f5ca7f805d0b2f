import type { AtlasDb } from '@atlas/db';
import { roundTo } from './plan-precision';
import { projectTotals } from './project-totals';
import { type TargetProgress, targetProgress } from './target-progress';

export interface PlanSummary {
  readonly year: number;
  readonly projectCount: number;
  /** 亿元, to two decimals. */
  readonly projectInvestmentYi: number;
  readonly targetsWithData: number;
  readonly targetsMet: number;
  readonly targets: readonly TargetProgress[];
}

/**
 * The ten zones together against a year's city-wide targets: every project counted once (by status,
 * which every project has), investment summed, the targets with data and those met.
 *
 * @example
 * await planSummary(db, 2014) // { year: 2014, projectCount: 200, projectInvestmentYi: 1334.6, … }
 */
export async function planSummary(db: AtlasDb, year: number): Promise<PlanSummary> {
  const [targets, byStatus] = await Promise.all([
    targetProgress(db, year, { scope: 'ALL_ZONES' }),
    projectTotals(db, 'STATUS'),
  ]);
  return {
    year,
    projectCount: byStatus.reduce((n, r) => n + r.count, 0),
    projectInvestmentYi: roundTo(
      byStatus.reduce((n, r) => n + r.investmentYi, 0),
      2,
    ),
    targetsWithData: targets.filter((t) => t.actual !== null).length,
    targetsMet: targets.filter((t) => t.met).length,
    targets,
  };
}
