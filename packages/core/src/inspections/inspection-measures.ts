import type { InspectionMeasure } from '@atlas/data';
import { type AtlasDb, selectRows } from '@atlas/db';
import { type SQL, sql } from 'drizzle-orm';
import type { InspectionPeriod } from './inspection-period';

/** A zone's value for one measure: as recorded (`raw`) and normalised to 0–100 (`value`). */
export interface MeasuredValue {
  readonly value: number;
  readonly raw: number;
}

type ZoneRaw = { zone_code: string; raw: number };

const STARTED = sql`('STARTED', 'COMPLETED', 'IN_PRODUCTION')`;
const COMPLETED = sql`('COMPLETED', 'IN_PRODUCTION')`;

/**
 * The percentage of a zone's major projects (≥ 1 亿元) that had reached one of `statuses` by the
 * period's last day, by the dated status history. A project enters the count from its first dated
 * status, so one signed after the period neither helps nor hurts; a zone with none has no value.
 */
const projectShare = (statuses: SQL) => (p: InspectionPeriod) =>
  sql`
  SELECT p.zone_code, 100.0 * count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM project_status_changes c
           WHERE c.project_id = p.id AND c.status IN ${statuses} AND c.changed_on <= ${p.lastDay}))::float8
         / count(*) AS raw
  FROM projects p
  WHERE p.investment_yi >= 1
    AND EXISTS (SELECT 1 FROM project_status_changes c WHERE c.project_id = p.id AND c.changed_on <= ${p.lastDay})
  GROUP BY p.zone_code`;

/**
 * A zone's cumulative figure reported for the period's last quarter (the year so far). Only that
 * quarter's report counts: an older one would compare a zone's September with another's December.
 */
const reported = (metric: string) => (p: InspectionPeriod) =>
  sql`
  SELECT zone_code, value::float8 AS raw FROM progress_reports
  WHERE metric = ${metric} AND period = ${p.lastQuarter} AND zone_code IS NOT NULL AND cluster_code IS NULL`;

const RAW: Record<InspectionMeasure, (p: InspectionPeriod) => SQL> = {
  INSPECTION_SCORE: (p) => sql`
    SELECT s.zone_code, s.score AS raw FROM inspection_scores s
    JOIN inspection_rounds r ON r.id = s.round_id WHERE r.period = ${p.period}`,
  PROJECTS_STARTED_SHARE: projectShare(STARTED),
  PROJECTS_COMPLETED_SHARE: projectShare(COMPLETED),
  INVESTMENT_COMPLETED: reported('fixed_asset_investment'),
  MAIN_BUSINESS_REVENUE: reported('main_business_revenue'),
};

/**
 * Amounts in 亿元 have no per-zone target in the plan (one target covers the ten zones), so a zone
 * is scored against the leading zone: the leader has 100, a zone with half its amount 50.
 */
const AGAINST_LEADER: ReadonlySet<InspectionMeasure> = new Set([
  'INVESTMENT_COMPLETED',
  'MAIN_BUSINESS_REVENUE',
]);

function normalised(measure: InspectionMeasure, rows: readonly ZoneRaw[]): Map<string, MeasuredValue> {
  const leader = Math.max(0, ...rows.map((r) => r.raw));
  const scale = (raw: number) => {
    if (!AGAINST_LEADER.has(measure)) return raw;
    return leader > 0 ? (100 * raw) / leader : 0;
  };
  return new Map(rows.map((r) => [r.zone_code, { raw: r.raw, value: scale(r.raw) }]));
}

/** Each zone's value for a measure in a period; a zone with nothing recorded is absent from the map. */
export async function measureZones(
  db: AtlasDb,
  measure: InspectionMeasure,
  period: InspectionPeriod,
): Promise<Map<string, MeasuredValue>> {
  const rows = await selectRows<ZoneRaw>(db, RAW[measure](period));
  return normalised(
    measure,
    rows.map((r) => ({ zone_code: r.zone_code, raw: Number(r.raw) })),
  );
}
