import type { ProjectNode, ProjectStatus, ReportedWorksKind } from '@atlas/data';
import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import type { ReportLines } from './report-lines';
import { type ReportProblem, reportProblem } from './report-problems';

/** What a report's checks need to know about one of the zone's projects. */
export interface ProjectFacts {
  readonly name: string;
  /** The project's total investment in 万元 (investment_yi × 10000). */
  readonly totalWan: number;
  readonly status: ProjectStatus;
  readonly lastStatusOn: string | null;
  /** Completed investment of every accepted report of an earlier month, 万元. */
  readonly acceptedBeforeWan: number;
  /** Nodes already reached, with their dates. */
  readonly reached: ReadonlyMap<ProjectNode, string>;
}

/** What the checks need about a works or relocation site of the zone. */
export interface WorksFacts {
  readonly name: string;
  readonly households: number | null;
  readonly unitsPlanned: number | null;
  readonly unitsStarted: number | null;
  readonly unitsCompleted: number | null;
  /** Progress in the latest accepted report of an earlier month, if any. */
  readonly lastAcceptedPercent: number | null;
}

export interface ReportFacts {
  readonly projects: ReadonlyMap<string, ProjectFacts>;
  /** Keyed `KIND:id`. */
  readonly works: ReadonlyMap<string, WorksFacts>;
}

export const worksKey = (kind: ReportedWorksKind, id: string) => `${kind}:${id}`;

const inList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

async function projectFacts(
  db: AtlasDb,
  zoneCode: string,
  month: string,
  ids: readonly string[],
): Promise<Map<string, ProjectFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{
    id: string;
    name: string;
    investment: number;
    status: ProjectStatus;
    last_on: string | null;
    before: number;
    reached: { node: ProjectNode; on: string }[] | null;
  }>(
    db,
    sql`SELECT p.id, p.name, p.investment_yi::float8 AS investment, p.status,
          (SELECT max(c.changed_on)::text FROM project_status_changes c WHERE c.project_id = p.id) AS last_on,
          (SELECT coalesce(sum(l.investment_wan), 0)::float8 FROM monthly_report_projects l
             JOIN monthly_reports r ON r.id = l.report_id
            WHERE l.project_id = p.id AND r.status = 'ACCEPTED' AND r.month < ${month}) AS before,
          (SELECT json_agg(json_build_object('node', n.node, 'on', n.actual_on::text)) FROM project_nodes n
            WHERE n.project_id = p.id AND n.actual_on IS NOT NULL) AS reached
        FROM projects p WHERE p.zone_code = ${zoneCode} AND p.id IN (${inList(ids)})`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: r.name,
        totalWan: Math.round(r.investment * 10000 * 100) / 100,
        status: r.status,
        lastStatusOn: r.last_on,
        acceptedBeforeWan: r.before,
        reached: new Map((r.reached ?? []).map((n) => [n.node, n.on])),
      },
    ]),
  );
}

const noUnits =
  'NULL::int AS households, NULL::int AS units_planned, NULL::int AS units_started, NULL::int AS units_completed';
const WORKS_SQL: Record<ReportedWorksKind, string> = {
  ROAD_LINK: `SELECT 'ROAD_LINK'::text AS kind, id, name, ${noUnits}, zone_code FROM road_links`,
  GRID_PROJECT: `SELECT 'GRID_PROJECT'::text AS kind, id, name, ${noUnits}, zone_code FROM grid_projects`,
  FACILITY: `SELECT 'FACILITY'::text AS kind, id, name, ${noUnits}, zone_code FROM facilities`,
  RELOCATION_SITE: `SELECT 'RELOCATION_SITE'::text AS kind, id, village_name AS name, households, units_planned, units_started,
                units_completed, zone_code FROM relocation_sites`,
};

async function worksFacts(
  db: AtlasDb,
  zoneCode: string,
  month: string,
  lines: ReportLines['works'],
): Promise<Map<string, WorksFacts>> {
  const kinds = [...new Set(lines.map((w) => w.kind))];
  if (kinds.length === 0) return new Map();
  const union = sql.raw(kinds.map((k) => WORKS_SQL[k]).join(' UNION ALL '));
  const rows = await selectRows<{
    kind: ReportedWorksKind;
    id: string;
    name: string;
    households: number | null;
    units_planned: number | null;
    units_started: number | null;
    units_completed: number | null;
    last_percent: number | null;
  }>(
    db,
    sql`SELECT w.*, (SELECT l.progress_percent::float8 FROM monthly_report_works l
                       JOIN monthly_reports r ON r.id = l.report_id
                      WHERE l.kind::text = w.kind AND l.entity_id = w.id AND r.status = 'ACCEPTED'
                        AND r.month < ${month} AND l.progress_percent IS NOT NULL
                      ORDER BY r.month DESC LIMIT 1) AS last_percent
        FROM (${union}) w WHERE w.zone_code = ${zoneCode} AND w.id IN (${inList(lines.map((w) => w.entityId))})`,
  );
  return new Map(
    rows.map((r) => [
      worksKey(r.kind, r.id),
      {
        name: r.name,
        households: r.households,
        unitsPlanned: r.units_planned,
        unitsStarted: r.units_started,
        unitsCompleted: r.units_completed,
        lastAcceptedPercent: r.last_percent,
      },
    ]),
  );
}

/**
 * What the checks need to know about the records a report's lines name, read from the zone's own
 * records only: a line naming another zone's project or works finds nothing here, and
 * `referenceProblems` refuses it.
 */
export async function loadReportFacts(
  db: AtlasDb,
  zoneCode: string,
  month: string,
  lines: ReportLines,
): Promise<ReportFacts> {
  const projectIds = [...new Set([...lines.projects, ...lines.nodes].map((l) => l.projectId))];
  return {
    projects: await projectFacts(db, zoneCode, month, projectIds),
    works: await worksFacts(db, zoneCode, month, lines.works),
  };
}

/** Lines naming a project or works that is not the zone's own (or does not exist). */
export function referenceProblems(zoneCode: string, lines: ReportLines, facts: ReportFacts): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const foreign = (row: string, field: string, id: string) =>
    problems.push(
      reportProblem(
        row,
        field,
        `${id} 不是本园区(${zoneCode})的记录`,
        `${id} is not one of this zone's (${zoneCode}) records`,
      ),
    );
  lines.projects.forEach((l, i) => {
    if (!facts.projects.has(l.projectId)) foreign(`projects[${i}]`, 'projectId', l.projectId);
  });
  lines.nodes.forEach((l, i) => {
    if (!facts.projects.has(l.projectId)) foreign(`nodes[${i}]`, 'projectId', l.projectId);
  });
  lines.works.forEach((l, i) => {
    if (!facts.works.has(worksKey(l.kind, l.entityId)))
      foreign(`works[${i}]`, 'entityId', `${l.kind} ${l.entityId}`);
  });
  return problems;
}
