import { type SQL, sql } from 'drizzle-orm';
import { type ActualScope, latestCumulative } from './target-actuals';

/** A target's scope read at a day: what was recorded as done by `lastDay` (an ISO date) counts. */
export interface DatedScope extends ActualScope {
  readonly lastDay: string;
}

const inZone = (s: ActualScope) => (s.zoneCode ? sql`AND zone_code = ${s.zoneCode}` : sql``);

/**
 * The report periods of the scope's year that end by `lastDay`: its months and quarters up to
 * then, and the year itself only on its last day.
 *
 * @example periodsEndingBy(2014, '2014-09-30') // ['2014M01', …, '2014M09', '2014Q1', '2014Q2', '2014Q3']
 */
export function periodsEndingBy(year: number, lastDay: string): string[] {
  const month = lastDay.startsWith(`${year}-`) ? Number(lastDay.slice(5, 7)) : lastDay > `${year}` ? 12 : 0;
  const months = Array.from({ length: month }, (_, i) => `${year}M${String(i + 1).padStart(2, '0')}`);
  const quarters = Array.from({ length: Math.floor(month / 3) }, (_, i) => `${year}Q${i + 1}`);
  return [...months, ...quarters, ...(month === 12 ? [`${year}`] : [])];
}

/** The latest cumulative report of the year among those whose period had ended by the day. */
const reportBy = (metric: string) => (s: DatedScope) => {
  const periods = periodsEndingBy(s.year, s.lastDay);
  if (periods.length === 0) return sql`SELECT NULL::float8 AS value, NULL::text[] AS kinds`;
  const among = sql`r.period IN (${sql.join(
    periods.map((p) => sql`${p}`),
    sql`, `,
  )})`;
  return latestCumulative(metric, s, among);
};

/** Major projects (≥ 1 亿元) whose dated status history reached one of `statuses` by the day. */
const projectsReached = (statuses: SQL) => (s: DatedScope) =>
  sql`SELECT count(*)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds FROM projects
      WHERE investment_yi >= 1 ${inZone(s)} AND id IN (
        SELECT project_id FROM project_status_changes WHERE status IN ${statuses} AND changed_on <= ${s.lastDay})`;

/**
 * Resettlement units (started or completed) as the latest accepted monthly report at or before the
 * day gave them, per relocation site; a site's later reports do not reach back. Without any
 * accepted report by then there is no dated figure, except on the year's last day, which takes the
 * units as recorded now (as before reports existed).
 */
const reportedUnits = (column: 'units_started' | 'units_completed') => (s: DatedScope) => {
  const zone = s.zoneCode ? sql`AND r.zone_code = ${s.zoneCode}` : sql``;
  const reported = sql`SELECT sum(v)::float8 AS value, array_agg(DISTINCT k) AS kinds FROM (
      SELECT DISTINCT ON (l.entity_id) l.${sql.raw(column)} AS v, CASE WHEN r.demo THEN 'DEMO' ELSE 'REPORTED' END AS k
      FROM monthly_report_works l JOIN monthly_reports r ON r.id = l.report_id
      WHERE l.kind = 'RELOCATION_SITE' AND r.status = 'ACCEPTED' AND r.month <= ${s.lastDay.slice(0, 7)}
        AND l.${sql.raw(column)} IS NOT NULL ${zone}
      ORDER BY l.entity_id, r.month DESC) latest`;
  if (s.lastDay < `${s.year}-12-31`) return reported;
  const now = sql`SELECT coalesce(sum(${sql.raw(column)}), 0)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds
      FROM relocation_sites WHERE true ${inZone(s)}`;
  return sql`SELECT coalesce(rep.value, cur.value) AS value, CASE WHEN rep.value IS NULL THEN cur.kinds ELSE rep.kinds END AS kinds
      FROM (${reported}) rep, (${now}) cur`;
};

/**
 * The metrics whose records carry dates, read as at a day. A metric absent here (a count of works,
 * housing units) is recorded only as it stands now, so it has no figure for a day before the
 * year's end rather than today's figure passed off as then.
 */
export const ACTUALS_AS_OF: Record<string, (scope: DatedScope) => SQL> = {
  fixed_asset_investment: reportBy('fixed_asset_investment'),
  main_business_revenue: reportBy('main_business_revenue'),
  cluster_main_business_revenue: reportBy('cluster_main_business_revenue'),
  major_projects_started: projectsReached(sql`('STARTED', 'COMPLETED', 'IN_PRODUCTION')`),
  major_projects_completed: projectsReached(sql`('COMPLETED', 'IN_PRODUCTION')`),
  resettlement_units_started: reportedUnits('units_started'),
  resettlement_units_completed: reportedUnits('units_completed'),
  village_relocations_started: (s) =>
    sql`SELECT count(*)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds FROM relocation_sites
        WHERE started_on >= make_date(${s.year}, 1, 1) AND started_on <= ${s.lastDay} ${inZone(s)}`,
};
