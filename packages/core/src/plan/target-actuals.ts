import { type SQL, sql } from 'drizzle-orm';

/** A target's scope as the actuals need it. */
export interface ActualScope {
  readonly zoneCode: string | null;
  readonly clusterCode: string | null;
  readonly year: number;
}

const inZone = (s: ActualScope) => (s.zoneCode ? sql`AND zone_code = ${s.zoneCode}` : sql``);
const inCluster = (s: ActualScope) => (s.clusterCode ? sql`AND cluster_code = ${s.clusterCode}` : sql``);

const count = (table: string, where: SQL) =>
  sql`SELECT count(*)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds FROM ${sql.raw(table)} WHERE true ${where}`;
const sum = (table: string, column: string, where: SQL) =>
  sql`SELECT coalesce(sum(${sql.raw(column)}), 0)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds FROM ${sql.raw(table)} WHERE true ${where}`;

const facilityCount = (kind: string, level?: string) => (s: ActualScope) =>
  count('facilities', sql`AND kind = ${kind} ${level ? sql`AND level = ${level}` : sql``} ${inZone(s)}`);

/** The last month a period covers, to order periods by their end: 2014 → 12, 2014Q3 → 9, 2014M08 → 8. */
const endMonth = sql`CASE WHEN length(r.period) = 4 THEN 12
  WHEN substr(r.period, 5, 1) = 'Q' THEN substr(r.period, 6, 1)::int * 3
  ELSE substr(r.period, 6, 2)::int END`;

/**
 * The latest cumulative report of each zone (or cluster) among `periods`, summed: reports are
 * cumulative, so a zone's latest is its year so far. "Latest" is by the period's end (2014Q3 ends
 * after 2014M08, though 'M' sorts before 'Q'); at the same end a month beats its quarter, and a
 * quarter its year. Where a zone has accepted monthly reports (REPORTED) for the metric and year,
 * its DEMO rows no longer stand behind the figure.
 */
export function latestCumulative(metric: string, s: ActualScope, periods: SQL): SQL {
  const inGroup = s.clusterCode
    ? sql`AND r.cluster_code = ${s.clusterCode}`
    : sql`AND r.cluster_code IS NULL`;
  const inZoneR = s.zoneCode ? sql`AND r.zone_code = ${s.zoneCode}` : sql``;
  return sql`SELECT sum(value)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds FROM (
      SELECT DISTINCT ON (r.zone_code, r.cluster_code) r.value, r.source_kind FROM progress_reports r
      WHERE r.metric = ${metric} AND ${periods} ${inGroup} ${inZoneR}
        AND NOT (r.source_kind = 'DEMO' AND r.zone_code IS NOT NULL AND EXISTS (
          SELECT 1 FROM progress_reports o WHERE o.metric = r.metric AND o.zone_code = r.zone_code
            AND o.source_kind = 'REPORTED' AND left(o.period, 4) = left(r.period, 4)))
      ORDER BY r.zone_code, r.cluster_code, ${endMonth} DESC, length(r.period) DESC) latest`;
}

/** The latest report of the year for a metric. */
const latestReport = (metric: string) => (s: ActualScope) =>
  latestCumulative(metric, s, sql`left(r.period, 4) = ${String(s.year)}`);

const STARTED = sql`('STARTED', 'COMPLETED', 'IN_PRODUCTION')`;

/**
 * How to compute each metric's actual from the data: a statement yielding one row (value, kinds).
 * Metrics absent here have no data behind them yet, and their actual is null rather than a guess.
 */
export const ACTUALS: Record<string, (scope: ActualScope) => SQL> = {
  major_projects_implemented: (s) =>
    count('projects', sql`AND investment_yi >= 1 ${inZone(s)} ${inCluster(s)}`),
  major_projects_started: (s) =>
    count('projects', sql`AND investment_yi >= 1 AND status IN ${STARTED} ${inZone(s)}`),
  major_projects_completed: (s) =>
    count('projects', sql`AND investment_yi >= 1 AND status IN ('COMPLETED', 'IN_PRODUCTION') ${inZone(s)}`),
  new_leading_enterprises_or_projects: (s) => count('projects', sql`AND investment_yi >= 5 ${inZone(s)}`),
  fixed_asset_investment: latestReport('fixed_asset_investment'),
  main_business_revenue: latestReport('main_business_revenue'),
  cluster_main_business_revenue: latestReport('cluster_main_business_revenue'),
  cluster_leading_enterprises: (s) =>
    count(
      'enterprises',
      sql`AND role IN ('ANCHOR', 'LEADING') AND id IN (SELECT enterprise_id FROM enterprise_clusters WHERE cluster_code = ${s.clusterCode})`,
    ),
  key_enterprises: () => count('enterprises', sql`AND role = 'KEY'`),
  national_quality_inspection_centres: facilityCount('QUALITY_INSPECTION_CENTRE', 'NATIONAL'),
  provincial_quality_inspection_centres: facilityCount('QUALITY_INSPECTION_CENTRE', 'PROVINCIAL'),
  technology_incubators: facilityCount('INCUBATOR'),
  training_bases: facilityCount('TRAINING_BASE'),
  employment_service_platforms_total: facilityCount('EMPLOYMENT_SERVICE_PLATFORM'),
  provincial_engineering_research_centres: facilityCount('ENGINEERING_RESEARCH_CENTRE'),
  postdoctoral_workstations: facilityCount('POSTDOCTORAL_WORKSTATION'),
  supporting_industrial_parks: facilityCount('SUPPORTING_INDUSTRIAL_PARK'),
  sewage_plants_under_construction: (s) =>
    count('facilities', sql`AND kind = 'SEWAGE_PLANT' AND source_kind = 'PLAN_TEXT' ${inZone(s)}`),
  // Only plants the plan names count: 扶沟's plant ran before 2014 and is no 2014 achievement.
  sewage_plants_completed: (s) =>
    count(
      'facilities',
      sql`AND kind = 'SEWAGE_PLANT' AND source_kind = 'PLAN_TEXT' AND status = 'OPERATING' ${inZone(s)}`,
    ),
  sewage_capacity_added: (s) =>
    sum(
      'facilities',
      'capacity',
      sql`AND kind = 'SEWAGE_PLANT' AND source_kind = 'PLAN_TEXT' AND status = 'OPERATING' ${inZone(s)}`,
    ),
  village_relocations_started: (s) =>
    count(
      'relocation_sites',
      sql`AND started_on >= make_date(${s.year}, 1, 1) AND started_on < make_date(${s.year + 1}, 1, 1) ${inZone(s)}`,
    ),
  resettlement_units_started: (s) => sum('relocation_sites', 'units_started', inZone(s)),
  resettlement_units_completed: (s) => sum('relocation_sites', 'units_completed', inZone(s)),
  public_rental_units_started: (s) =>
    sum('housing_projects', 'units_started', sql`AND kind = 'PUBLIC_RENTAL' ${inZone(s)}`),
  zones_connected_to_national_or_provincial_road: () =>
    sql`SELECT count(DISTINCT zone_code)::float8 AS value, array_agg(DISTINCT source_kind::text) AS kinds FROM road_links`,
  road_reconstruction_prework_projects: (s) =>
    count('road_links', sql`AND kind = 'RECONSTRUCTION_PREWORK' ${inZone(s)}`),
  trunk_road_projects: (s) => count('road_links', sql`AND kind <> 'RECONSTRUCTION_PREWORK' ${inZone(s)}`),
  trunk_road_investment: (s) => sum('road_links', 'investment_yi', inZone(s)),
  grid_projects: (s) => count('grid_projects', inZone(s)),
  grid_transformer_capacity_added: (s) => sum('grid_projects', 'transformer_kva', inZone(s)),
  grid_lines_added: (s) => sum('grid_projects', 'length_km', inZone(s)),
  grid_investment: (s) => sum('grid_projects', 'investment_yi', inZone(s)),
};
