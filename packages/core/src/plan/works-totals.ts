import type { SourceKind } from '@atlas/data';
import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { weakestSource } from '../provenance';
import { requireZone } from '../write-checks';
import { roundTo } from './plan-precision';

/** Lengths, capacity and households of the works and relocation, for one zone or the whole city. */
export interface WorksTotals {
  /** The zone, or null for the whole city (works outside any zone included). */
  readonly zoneCode: string | null;
  readonly roadCount: number;
  readonly roadKm: number;
  readonly gridLineKm: number;
  /** Transformer capacity of the substations, kVA. */
  readonly substationKva: number;
  readonly relocationSites: number;
  readonly households: number;
  readonly unitsPlanned: number;
  readonly unitsCompleted: number;
  /** The weakest provenance among the rows summed: DEMO if any was demo. */
  readonly source: SourceKind | null;
}

interface Row {
  key: string;
  road_count: number;
  road_km: number;
  grid_km: number;
  kva: number;
  sites: number;
  households: number;
  planned: number;
  completed: number;
  kinds: string[] | null;
}

/**
 * Totals of the works and relocation for every zone and for the city ('*' stands for all rows),
 * in one statement.
 *
 * @example
 * await worksTotals(db, 'dancheng') // [{ zoneCode: 'dancheng', roadKm: 12.4, households: 830, … }]
 */
export async function worksTotals(db: AtlasDb, zoneCode?: string | null): Promise<WorksTotals[]> {
  await requireZone(db, zoneCode);
  const keys = zoneCode
    ? sql`SELECT ${zoneCode}::text AS key`
    : sql`SELECT code FROM zones UNION ALL SELECT '*'`;
  const rows = await selectRows<Row>(
    db,
    sql`WITH k(key) AS (${keys}),
        r AS (SELECT k.key, count(t.id)::int AS n, coalesce(sum(t.length_km), 0)::float8 AS km,
                     array_agg(DISTINCT t.source_kind::text) FILTER (WHERE t.id IS NOT NULL) AS kinds
              FROM k LEFT JOIN road_links t ON k.key = '*' OR t.zone_code = k.key GROUP BY k.key),
        g AS (SELECT k.key, coalesce(sum(t.length_km), 0)::float8 AS km, coalesce(sum(t.transformer_kva), 0)::float8 AS kva,
                     array_agg(DISTINCT t.source_kind::text) FILTER (WHERE t.id IS NOT NULL) AS kinds
              FROM k LEFT JOIN grid_projects t ON k.key = '*' OR t.zone_code = k.key GROUP BY k.key),
        s AS (SELECT k.key, count(t.id)::int AS n, coalesce(sum(t.households), 0)::int AS households,
                     coalesce(sum(t.units_planned), 0)::int AS planned, coalesce(sum(t.units_completed), 0)::int AS completed,
                     array_agg(DISTINCT t.source_kind::text) FILTER (WHERE t.id IS NOT NULL) AS kinds
              FROM k LEFT JOIN relocation_sites t ON k.key = '*' OR t.zone_code = k.key GROUP BY k.key)
        SELECT r.key, r.n AS road_count, r.km AS road_km, g.km AS grid_km, g.kva, s.n AS sites, s.households,
               s.planned, s.completed,
               array_cat(array_cat(coalesce(r.kinds, '{}'), coalesce(g.kinds, '{}')), coalesce(s.kinds, '{}')) AS kinds
        FROM r JOIN g USING (key) JOIN s USING (key)
        ORDER BY r.key = '*', r.key`,
  );
  return rows.map((r) => ({
    zoneCode: r.key === '*' ? null : r.key,
    roadCount: r.road_count,
    roadKm: roundTo(r.road_km, 2),
    gridLineKm: roundTo(r.grid_km, 2),
    substationKva: r.kva,
    relocationSites: r.sites,
    households: r.households,
    unitsPlanned: r.planned,
    unitsCompleted: r.completed,
    source: weakestSource(r.kinds),
  }));
}
