import type { Comparator, SourceKind } from '@atlas/data';
import { type AtlasDb, schema, selectRows } from '@atlas/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { weakestSource } from '../provenance';
import { ACTUALS } from './target-actuals';

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

function progressOf(target: PlanTargetRow, actual: number | null, kinds: string[] | null): TargetProgress {
  if (actual === null) return { target, actual: null, percentReached: null, met: null, actualSource: null };
  const percentReached = target.value === 0 ? null : Math.round((actual / target.value) * 1000) / 10;
  return {
    target,
    actual,
    percentReached,
    met: isMet(target.comparator, actual, target.value),
    actualSource: weakestSource(kinds),
  };
}

/**
 * Every target of a year with its actual and percent reached, computed in one statement (one
 * SELECT per metric with data, joined by UNION ALL).
 */
export interface TargetSelection {
  readonly scope?: 'ALL_ZONES' | 'ZONE' | 'CLUSTER' | null;
  readonly zoneCode?: string | null;
  readonly clusterCode?: string | null;
}

export async function targetProgress(
  db: AtlasDb,
  year: number,
  only: TargetSelection = {},
): Promise<TargetProgress[]> {
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
    const actual = ACTUALS[t.metric];
    if (!actual) return [];
    return [
      sql`SELECT ${t.id}::int AS id, a.value, a.kinds FROM (${actual({ zoneCode: t.zoneCode, clusterCode: t.clusterCode, year })}) a`,
    ];
  });
  const actuals = parts.length
    ? await selectRows<{ id: number; value: number | null; kinds: string[] | null }>(
        db,
        sql.join(parts, sql` UNION ALL `),
      )
    : [];
  const byId = new Map(actuals.map((a) => [a.id, a]));
  return targets.map((t) => {
    const a = byId.get(t.id);
    return progressOf(t, a?.value ?? null, a?.kinds ?? null);
  });
}
