import type { SourceKind } from '@atlas/data';
import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { weakestSource } from '../provenance';
import { roundTo } from './plan-precision';

export const TOTALS_GROUPS = ['ZONE', 'CLUSTER', 'STATUS', 'PERIOD'] as const;
export type TotalsGroup = (typeof TOTALS_GROUPS)[number];

export interface TotalsRow {
  /** The zone or cluster code, the status, or the quarter ("2014Q2"); null for projects with no cluster or not started. */
  readonly key: string | null;
  readonly count: number;
  readonly investmentYi: number;
  readonly source: SourceKind | null;
  /** Completed investment the group's accepted monthly reports add up to, 万元 (0 when none). */
  readonly completedWan: number;
  /** REPORTED, or DEMO if any accepted report behind it was a demo one; null when none. */
  readonly completedSource: SourceKind | null;
}

/** Each accepted report line: its project, its 万元, and whether it came from a demo report. */
const ACCEPTED_LINES = sql`SELECT l.project_id, l.investment_wan AS wan,
    CASE WHEN r.demo THEN 'DEMO' ELSE 'REPORTED' END AS kind
  FROM monthly_report_projects l JOIN monthly_reports r ON r.id = l.report_id WHERE r.status = 'ACCEPTED'`;

// PERIOD groups by the quarter a project started in, from its status history.
const KEY: Record<TotalsGroup, ReturnType<typeof sql>> = {
  ZONE: sql`p.zone_code`,
  CLUSTER: sql`p.cluster_code`,
  STATUS: sql`p.status::text`,
  PERIOD: sql`(SELECT to_char(min(c.changed_on), 'YYYY"Q"Q') FROM project_status_changes c WHERE c.project_id = p.id AND c.status = 'STARTED')`,
};

/**
 * Project counts and investment grouped by zone, cluster, status or start quarter, with the
 * investment accepted monthly reports say was completed, in one statement.
 *
 * @example
 * await projectTotals(db, 'ZONE')
 * // [{ key: 'dancheng', count: 20, investmentYi: 131.4, source: 'DEMO', completedWan: 52310.5, completedSource: 'DEMO' }, …]
 */
export async function projectTotals(db: AtlasDb, group: TotalsGroup): Promise<TotalsRow[]> {
  const rows = await selectRows<{
    key: string | null;
    count: number;
    investment: number;
    kinds: string[];
    completed: number | null;
    completed_kinds: string[] | null;
  }>(
    db,
    sql`WITH t AS (
          SELECT ${KEY[group]} AS key, count(*)::int AS count, coalesce(sum(p.investment_yi), 0)::float8 AS investment,
                 array_agg(DISTINCT p.source_kind::text) AS kinds
          FROM projects p GROUP BY 1),
        d AS (
          SELECT ${KEY[group]} AS key, sum(c.wan)::float8 AS completed, array_agg(DISTINCT c.kind) AS completed_kinds
          FROM (${ACCEPTED_LINES}) c JOIN projects p ON p.id = c.project_id GROUP BY 1)
        SELECT t.*, d.completed, d.completed_kinds FROM t LEFT JOIN d ON d.key IS NOT DISTINCT FROM t.key
        ORDER BY t.key NULLS LAST`,
  );
  return rows.map((r) => ({
    key: r.key,
    count: r.count,
    investmentYi: Math.round(r.investment * 100) / 100,
    source: weakestSource(r.kinds),
    completedWan: roundTo(r.completed ?? 0, 2),
    completedSource: r.completed_kinds ? weakestSource(r.completed_kinds) : null,
  }));
}

/** One cell of the zone × cluster table: the projects of a zone in a cluster (null: in none). */
export interface ZoneClusterTotalsRow {
  readonly zoneCode: string;
  readonly clusterCode: string | null;
  readonly count: number;
  readonly investmentYi: number;
  readonly source: SourceKind | null;
}

/**
 * Project counts and investment as a zone × cluster table, one row a non-empty cell, in one
 * statement: the question "how much of each cluster is in each zone" in one request.
 *
 * @example
 * await projectTotalsByZoneAndCluster(db) // [{ zoneCode: 'dancheng', clusterCode: 'food', count: 8, … }, …]
 */
export async function projectTotalsByZoneAndCluster(db: AtlasDb): Promise<ZoneClusterTotalsRow[]> {
  const rows = await selectRows<{
    zone: string;
    cluster: string | null;
    count: number;
    investment: number;
    kinds: string[];
  }>(
    db,
    sql`SELECT p.zone_code AS zone, p.cluster_code AS cluster, count(*)::int AS count,
               coalesce(sum(p.investment_yi), 0)::float8 AS investment, array_agg(DISTINCT p.source_kind::text) AS kinds
        FROM projects p GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST`,
  );
  return rows.map((r) => ({
    zoneCode: r.zone,
    clusterCode: r.cluster,
    count: r.count,
    investmentYi: roundTo(r.investment, 2),
    source: weakestSource(r.kinds),
  }));
}
