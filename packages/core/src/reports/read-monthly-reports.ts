import type { ReportStatus } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor';
import type { CoreContext } from '../context';
import { requireZone } from '../write-checks';
import { type MonthlyReport, type MonthlyReportRow, readProjectLines, withWorksNames } from './report-lines';
import {
  checkedMonth,
  DEFAULT_REPORTING,
  isLateReport,
  type ReportingSettings,
  reportDeadline,
} from './report-month';

const { monthlyReports, monthlyReportNodes, monthlyReportWorks } = schema;

/** A report as read: with the day it is due and whether it is late by `now`. */
export interface MonthlyReportView extends MonthlyReport {
  readonly deadline: string;
  readonly late: boolean;
}

/**
 * Who may read a report that is not (yet) accepted: its own zone's reporter, planners and admins.
 * Everyone else sees only accepted reports, the figures that count.
 */
export function mayReadUnaccepted(actor: Actor, zoneCode: string): boolean {
  if (actor.role === 'planner' || actor.role === 'admin') return true;
  return actor.role === 'zone_reporter' && actor.zoneCode === zoneCode;
}

/** Deadline and lateness of a stored report. */
export function viewOf(report: MonthlyReport, settings: ReportingSettings, now: Date): MonthlyReportView {
  const deadline = reportDeadline(report.month, settings);
  return { ...report, deadline, late: isLateReport(report, deadline, now) };
}

/** The lines of many reports in three statements. */
async function withLines(db: AtlasDb, rows: readonly MonthlyReportRow[]): Promise<MonthlyReport[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const projects = await readProjectLines(db, ids);
  const nodes = await db
    .select()
    .from(monthlyReportNodes)
    .where(inArray(monthlyReportNodes.reportId, ids))
    .orderBy(asc(monthlyReportNodes.projectId), asc(monthlyReportNodes.node));
  const works = await db
    .select()
    .from(monthlyReportWorks)
    .where(inArray(monthlyReportWorks.reportId, ids))
    .orderBy(asc(monthlyReportWorks.kind), asc(monthlyReportWorks.entityId))
    .then((lines) => withWorksNames(db, lines));
  return rows.map((r) => ({
    ...r,
    projects: projects.filter((l) => l.reportId === r.id),
    nodes: nodes.filter((l) => l.reportId === r.id),
    works: works.filter((l) => l.reportId === r.id),
  }));
}

/** The condition a reader's reports meet: accepted, or of a zone whose drafts it may read. */
function visibleTo(actor: Actor): SQL | undefined {
  if (actor.role === 'planner' || actor.role === 'admin') return undefined;
  if (actor.role === 'zone_reporter' && actor.zoneCode)
    return or(eq(monthlyReports.status, 'ACCEPTED'), eq(monthlyReports.zoneCode, actor.zoneCode));
  return eq(monthlyReports.status, 'ACCEPTED');
}

export interface MonthlyReportFilter {
  readonly month?: string | null;
  readonly zoneCode?: string | null;
  readonly status?: ReportStatus | null;
}

/**
 * Reports matching the filter, by month then zone, with their lines: those `reader` may see, or
 * every one when `reader` is null (for figures about all zones, such as the reporting board).
 */
export async function readReports(
  db: AtlasDb,
  filter: MonthlyReportFilter,
  reader: Actor | null,
  settings: ReportingSettings,
  now: Date,
): Promise<MonthlyReportView[]> {
  const month = filter.month ? checkedMonth(filter.month) : null;
  await requireZone(db, filter.zoneCode);
  const rows = await db
    .select()
    .from(monthlyReports)
    .where(
      and(
        month ? eq(monthlyReports.month, month) : undefined,
        filter.zoneCode ? eq(monthlyReports.zoneCode, filter.zoneCode) : undefined,
        filter.status ? eq(monthlyReports.status, filter.status) : undefined,
        reader ? visibleTo(reader) : undefined,
      ),
    )
    .orderBy(asc(monthlyReports.month), asc(monthlyReports.zoneCode));
  return (await withLines(db, rows)).map((r) => viewOf(r, settings, now));
}

/**
 * The reports the reader may see, by month then zone: accepted ones for everyone, drafts, submitted
 * and returned ones only for the zone's reporter, planners and admins.
 *
 * @example await listMonthlyReports(ctx, { month: '2014-08' }) // ten accepted demo reports
 */
export function listMonthlyReports(
  ctx: CoreContext,
  filter: MonthlyReportFilter = {},
  settings: ReportingSettings = DEFAULT_REPORTING,
  now: Date = new Date(),
): Promise<MonthlyReportView[]> {
  return readReports(ctx.db, filter, ctx.actor, settings, now);
}

/**
 * A zone's report for a month, or null when there is none or the reader may not see it (a draft
 * of another zone reads as no report, not as a refusal, so its existence does not leak).
 *
 * @example await getMonthlyReport(ctx, 'dancheng', '2014-08')
 */
export async function getMonthlyReport(
  ctx: CoreContext,
  zoneCode: string,
  month: string,
  settings: ReportingSettings = DEFAULT_REPORTING,
  now: Date = new Date(),
): Promise<MonthlyReportView | null> {
  const [report] = await listMonthlyReports(ctx, { zoneCode, month: checkedMonth(month) }, settings, now);
  return report ?? null;
}
