import type { Comparator, SourceKind, TargetScopeKind } from '@atlas/data';
import { type AtlasDb, schema, selectRows } from '@atlas/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { checkedPeriod } from '../period-checks';
import { weakestSource } from '../provenance';
import { requireCluster, requireZone } from '../write-checks';
import { decimalsOf, percentOf, roundTo, servedDecimals } from './plan-precision';
import { ACTUALS, type ActualScope } from './target-actuals';
import { ACTUALS_AS_OF } from './target-actuals-as-of';

const { planTargets } = schema;
export type PlanTargetRow = typeof planTargets.$inferSelect;

export interface TargetProgress {
  readonly target: PlanTargetRow;
  /** What the data shows; null where no data stands behind this metric yet. */
  readonly actual: number | null;
  readonly percentReached: number | null;
  /** Whether the actual meets the target by its comparator (≈ counts from 95%). */
  readonly met: boolean | null;
  /** The weakest provenance among the rows behind the actual: DEMO if any was demo. */
  readonly actualSource: SourceKind | null;
}

export function isMet(comparator: Comparator, actual: number, value: number): boolean {
  switch (comparator) {
    case 'GT':
      return actual > value;
    case 'LT':
      return actual < value;
    case 'LTE':
      return actual <= value;
    case 'APPROX':
      return Math.abs(actual) >= Math.abs(value) * 0.95;
    default:
      // EQ and GTE targets are reached by meeting or passing them; a negative target (energy use down 10 points) by going as low.
      return value < 0 ? actual <= value : actual >= value;
  }
}

/**
 * An actual against its target at the plan's precision (the target's decimals): 51.779998779296875
 * is 51.78 and meets 51.78. The actual is served rounded; `met` and `percentReached` always agree.
 */
export function progressOf(
  target: PlanTargetRow,
  actual: number | null,
  kinds: string[] | null,
): TargetProgress {
  if (actual === null) return { target, actual: null, percentReached: null, met: null, actualSource: null };
  const compared = roundTo(actual, decimalsOf(target.value));
  const met = isMet(target.comparator, compared, target.value);
  return {
    target,
    actual: roundTo(actual, servedDecimals(target.value)),
    percentReached: percentOf(target.comparator, compared, target.value, met),
    met,
    actualSource: weakestSource(kinds),
  };
}

/**
 * Every target of a year with its actual and percent reached, computed in one statement (one
 * SELECT per metric with data, joined by UNION ALL).
 */
export interface TargetSelection {
  readonly scope?: TargetScopeKind | null;
  readonly zoneCode?: string | null;
  readonly clusterCode?: string | null;
  /** Read the actuals as at the end of this period ("2014Q3", "2014"); by default, as recorded now. */
  readonly asOf?: string | null;
  /** Only targets met (true) or not met (false); a target with no data is neither. */
  readonly met?: boolean | null;
}

/**
 * How a metric's actual is read: as recorded, or as at a period's last day, where a metric without
 * dated records has a figure only from the year's last day on.
 */
function actualOf(metric: string, scope: ActualScope, lastDay: string | null): SQL | null {
  if (!lastDay) return ACTUALS[metric]?.(scope) ?? null;
  const dated = ACTUALS_AS_OF[metric];
  if (dated) return dated({ ...scope, lastDay });
  return lastDay >= `${scope.year}-12-31` ? (ACTUALS[metric]?.(scope) ?? null) : null;
}

export async function targetProgress(
  db: AtlasDb,
  year: number,
  only: TargetSelection = {},
): Promise<TargetProgress[]> {
  const lastDay = only.asOf ? checkedPeriod(only.asOf, undefined, 'asOf').lastDay : null;
  // An unknown code is a mistake to name, not a zone or cluster with no targets.
  await requireZone(db, only.zoneCode);
  await requireCluster(db, only.clusterCode);
  const targets = await db
    .select()
    .from(planTargets)
    .where(
      and(
        eq(planTargets.year, year),
        only.scope ? eq(planTargets.scope, only.scope) : undefined,
        only.zoneCode ? eq(planTargets.zoneCode, only.zoneCode) : undefined,
        only.clusterCode ? eq(planTargets.clusterCode, only.clusterCode) : undefined,
      ),
    )
    .orderBy(asc(planTargets.id));
  const parts = targets.flatMap((t) => {
    const actual = actualOf(t.metric, { zoneCode: t.zoneCode, clusterCode: t.clusterCode, year }, lastDay);
    if (!actual) return [];
    return [sql`SELECT ${t.id}::int AS id, a.value, a.kinds FROM (${actual}) a`];
  });
  const actuals = parts.length
    ? await selectRows<{ id: number; value: number | null; kinds: string[] | null }>(
        db,
        sql.join(parts, sql` UNION ALL `),
      )
    : [];
  const byId = new Map(actuals.map((a) => [a.id, a]));
  const progress = targets.map((t) => {
    const a = byId.get(t.id);
    return progressOf(t, a?.value ?? null, a?.kinds ?? null);
  });
  return only.met == null ? progress : progress.filter((p) => p.met === only.met);
}
