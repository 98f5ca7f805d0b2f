import type { AtlasDb } from '@atlas/db';
import { schema } from '@atlas/db';
import { asc } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { type MonthlyReportView, mayReadUnaccepted, readReports } from './read-monthly-reports';
import {
  checkedMonth,
  chinaDay,
  DEFAULT_REPORTING,
  type ReportingSettings,
  reportDeadline,
} from './report-month';

/** Where a zone stands with a month's report, as the monthly meeting shows it. */
export const REPORTING_STATES = ['ON_TIME', 'LATE', 'MISSING', 'RETURNED', 'DRAFT', 'SUBMITTED'] as const;
export type ReportingState = (typeof REPORTING_STATES)[number];

export interface ReportingBoardRow {
  readonly zoneCode: string;
  readonly month: string;
  readonly state: ReportingState;
  readonly deadline: string;
  /** The report, when there is one the reader may see (accepted, or the reader's to review or fill). */
  readonly report: MonthlyReportView | null;
}

/**
 * A zone's state for a month, judged at `now` against the deadline day (China time):
 * - ON_TIME: accepted, and first submitted by the deadline;
 * - SUBMITTED: awaiting review, first submitted by the deadline;
 * - LATE: accepted or awaiting review, first submitted after the deadline;
 * - RETURNED: returned to the zone and not yet submitted again (whenever it was first sent);
 * - DRAFT: saved but never submitted, and the deadline not yet over;
 * - MISSING: nothing submitted — no report, or a draft never sent — once the deadline is over,
 *   and also no report at all before it (the row's deadline says whether it is overdue yet).
 *
 * @example reportingState({ status: 'ACCEPTED', submittedAt: new Date('2014-10-03T02:00:00Z') }, '2014-10-05', now) // 'ON_TIME'
 */
export function reportingState(
  report: { readonly status: string; readonly submittedAt: Date | null } | null,
  deadline: string,
  now: Date,
): ReportingState {
  if (!report) return 'MISSING';
  if (report.status === 'RETURNED') return 'RETURNED';
  if (report.status === 'DRAFT') return chinaDay(now) > deadline ? 'MISSING' : 'DRAFT';
  const onTime = report.submittedAt !== null && chinaDay(report.submittedAt) <= deadline;
  if (!onTime) return 'LATE';
  return report.status === 'ACCEPTED' ? 'ON_TIME' : 'SUBMITTED';
}

async function zoneCodes(db: AtlasDb): Promise<string[]> {
  const rows = await db
    .select({ code: schema.zones.code })
    .from(schema.zones)
    .orderBy(asc(schema.zones.code));
  return rows.map((r) => r.code);
}

/**
 * Every zone's state for a month (all ten, in code order), with the report where the reader may
 * see it. The state itself is public: whether a zone reported on time is what the meeting shows.
 *
 * @example await reportingBoard(ctx, '2014-09', { deadlineDay: 5 }, new Date()) // 10 rows
 */
export async function reportingBoard(
  ctx: CoreContext,
  month: string,
  settings: ReportingSettings = DEFAULT_REPORTING,
  now: Date = new Date(),
): Promise<ReportingBoardRow[]> {
  const checked = checkedMonth(month);
  const deadline = reportDeadline(checked, settings);
  // States need every zone's report whoever reads; the reports themselves are hidden below.
  const all = await readReports(ctx.db, { month: checked }, null, settings, now);
  const byZone = new Map(all.map((r) => [r.zoneCode, r]));
  return (await zoneCodes(ctx.db)).map((zoneCode) => {
    const report = byZone.get(zoneCode) ?? null;
    const visible = report && (report.status === 'ACCEPTED' || mayReadUnaccepted(ctx.actor, zoneCode));
    return {
      zoneCode,
      month: checked,
      deadline,
      state: reportingState(report, deadline, now),
      report: visible ? report : null,
    };
  });
}
