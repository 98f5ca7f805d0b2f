import type { ProjectNode, ProjectStatus, ReportedWorksKind } from '@atlas/data';
import { type AtlasDb, schema, selectRows } from '@atlas/db';
import { asc, eq, sql } from 'drizzle-orm';

const { monthlyReports, monthlyReportNodes, monthlyReportWorks } = schema;

export type MonthlyReportRow = typeof monthlyReports.$inferSelect;

/** A project's line: the month's completed investment (万元), a status change, 形象进度. */
export interface ReportProjectLine {
  readonly projectId: string;
  readonly investmentWan: number;
  readonly status?: ProjectStatus | null;
  readonly statusChangedOn?: string | null;
  readonly progressText?: string | null;
  readonly overTotalReason?: string | null;
}

/** A lifecycle node reached this month. */
export interface ReportNodeLine {
  readonly projectId: string;
  readonly node: ProjectNode;
  readonly actualOn: string;
}

/** A works or relocation site's state at the month's end. */
export interface ReportWorksLine {
  readonly kind: ReportedWorksKind;
  readonly entityId: string;
  readonly progressPercent?: number | null;
  readonly unitsStarted?: number | null;
  readonly unitsCompleted?: number | null;
  readonly householdsMoved?: number | null;
  readonly startedOn?: string | null;
  readonly completedOn?: string | null;
  readonly progressText?: string | null;
  /** The works' name, filled in when a report is read. */
  readonly name?: string;
}

export interface ReportLines {
  readonly projects: readonly ReportProjectLine[];
  readonly nodes: readonly ReportNodeLine[];
  readonly works: readonly ReportWorksLine[];
}

/** A project line as read: with the project's cumulative investment through the report's month. */
export interface ReadProjectLine extends ReportProjectLine {
  readonly reportId: number;
  /** Accepted reports of earlier months plus this line, 万元. */
  readonly cumulativeWan: number;
}

/**
 * The project lines of some reports, each with its cumulative investment: every accepted report
 * of an earlier month, plus this line (counted whether or not this report is accepted yet, as the
 * form shows what the total would become).
 */
export async function readProjectLines(
  db: AtlasDb,
  reportIds: readonly number[],
): Promise<ReadProjectLine[]> {
  if (reportIds.length === 0) return [];
  const rows = await selectRows<{
    report_id: number;
    project_id: string;
    investment_wan: number;
    status: ReadProjectLine['status'];
    status_changed_on: string | null;
    progress_text: string | null;
    over_total_reason: string | null;
    cumulative: number;
  }>(
    db,
    sql`SELECT l.report_id, l.project_id, l.investment_wan::float8 AS investment_wan, l.status,
          l.status_changed_on::text AS status_changed_on, l.progress_text, l.over_total_reason,
          (l.investment_wan + coalesce((SELECT sum(e.investment_wan) FROM monthly_report_projects e
             JOIN monthly_reports er ON er.id = e.report_id
            WHERE e.project_id = l.project_id AND er.status = 'ACCEPTED' AND er.month < r.month), 0))::float8 AS cumulative
        FROM monthly_report_projects l JOIN monthly_reports r ON r.id = l.report_id
        WHERE l.report_id IN (${sql.join(
          reportIds.map((id) => sql`${id}`),
          sql`, `,
        )})
        ORDER BY l.report_id, l.project_id`,
  );
  return rows.map((r) => ({
    reportId: r.report_id,
    projectId: r.project_id,
    investmentWan: r.investment_wan,
    status: r.status,
    statusChangedOn: r.status_changed_on,
    progressText: r.progress_text,
    overTotalReason: r.over_total_reason,
    cumulativeWan: Math.round(r.cumulative * 100) / 100,
  }));
}

/** A report with its lines, as stored. */
export interface MonthlyReport extends MonthlyReportRow, ReportLines {}

/** Where each works kind lives, and what the audit log calls its records. */
export const WORKS_TABLES: Record<ReportedWorksKind, { table: string; entity: string; name: string }> = {
  ROAD_LINK: { table: 'road_links', entity: 'road_link', name: 'name' },
  GRID_PROJECT: { table: 'grid_projects', entity: 'grid_project', name: 'name' },
  FACILITY: { table: 'facilities', entity: 'facility', name: 'name' },
  RELOCATION_SITE: { table: 'relocation_sites', entity: 'relocation_site', name: 'village_name' },
};

/**
 * Works lines with their works' names, in one statement over the four tables (a line whose works
 * has gone keeps its id as its name).
 */
export async function withWorksNames<T extends ReportWorksLine>(
  db: AtlasDb,
  works: readonly T[],
): Promise<T[]> {
  if (works.length === 0) return [];
  const ids = sql.join(
    [...new Set(works.map((w) => w.entityId))].map((id) => sql`${id}`),
    sql`, `,
  );
  const union = sql.join(
    Object.entries(WORKS_TABLES).map(
      ([kind, { table, name }]) =>
        sql`SELECT ${kind}::text AS kind, id, ${sql.raw(name)} AS name FROM ${sql.raw(table)} WHERE id IN (${ids})`,
    ),
    sql` UNION ALL `,
  );
  const rows = await selectRows<{ kind: string; id: string; name: string }>(db, union);
  const names = new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.name]));
  return works.map((w) => ({ ...w, name: names.get(`${w.kind}:${w.entityId}`) ?? w.entityId }));
}

/** A report's lines in a stable order (projects and works by id, nodes by project then node). */
export async function loadReportLines(db: AtlasDb, reportId: number): Promise<ReportLines> {
  const [projects, nodes, works] = await Promise.all([
    readProjectLines(db, [reportId]),
    db
      .select()
      .from(monthlyReportNodes)
      .where(eq(monthlyReportNodes.reportId, reportId))
      .orderBy(asc(monthlyReportNodes.projectId), asc(monthlyReportNodes.node)),
    db
      .select()
      .from(monthlyReportWorks)
      .where(eq(monthlyReportWorks.reportId, reportId))
      .orderBy(asc(monthlyReportWorks.kind), asc(monthlyReportWorks.entityId)),
  ]);
  return { projects, nodes, works: await withWorksNames(db, works) };
}

/** A report and its lines, or null; `lock` takes the row for the writing transaction. */
export async function loadReport(db: AtlasDb, id: number, lock = false): Promise<MonthlyReport | null> {
  const query = db.select().from(monthlyReports).where(eq(monthlyReports.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  return { ...row, ...(await loadReportLines(db, id)) };
}
