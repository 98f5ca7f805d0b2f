import { badInput } from '../errors';

/** How reporting is configured: the day of the following month a report is due by. */
export interface ReportingSettings {
  /** 1–28; the deadline is this day of the month after the report's month (default 5). */
  readonly deadlineDay: number;
}

export const DEFAULT_REPORTING: ReportingSettings = { deadlineDay: 5 };

const MONTH = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/**
 * A report month as given (`2014-09`), or BAD_INPUT naming the value.
 *
 * @example checkedMonth('2014-09') // '2014-09'; checkedMonth('2014-13') throws
 */
export function checkedMonth(text: string, field = 'month'): string {
  if (MONTH.test(text)) return text;
  const shown = JSON.stringify(text);
  throw badInput(`月份格式应如 2014-09,不是 ${shown} / ${field} must look like 2014-09, not ${shown}`, {
    field,
    value: text,
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first and last day of a report month.
 *
 * @example monthDays('2016-02') // { first: '2016-02-01', last: '2016-02-29' }
 */
export function monthDays(month: string): { first: string; last: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { first: `${month}-01`, last: `${month}-${pad(daysIn(year, m))}` };
}

/** The month before or after: `shiftMonth('2014-01', -1)` is '2013-12'. */
export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The period the progress records write for a month: '2014-09' is '2014M09'. */
export const periodOfMonth = (month: string) => `${month.slice(0, 4)}M${month.slice(5, 7)}`;

/**
 * The day a month's report is due: the settings' day of the following month (clamped to its length).
 *
 * @example reportDeadline('2014-12', { deadlineDay: 5 }) // '2015-01-05'
 */
export function reportDeadline(month: string, settings: ReportingSettings = DEFAULT_REPORTING): string {
  const next = shiftMonth(month, 1);
  const last = Number(monthDays(next).last.slice(8, 10));
  return `${next}-${pad(Math.min(Math.max(1, Math.trunc(settings.deadlineDay)), last))}`;
}

/**
 * The calendar day of an instant in Zhoukou (UTC+8, no daylight saving), which is what a deadline
 * day means there: a report sent at 23:30 on the 5th (15:30 UTC) is still on the 5th.
 *
 * @example chinaDay(new Date('2014-10-05T16:30:00Z')) // '2014-10-06'
 */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Whether a report is late: first submitted after its deadline day (China time), or never submitted
 * and the deadline day is over by `now`.
 *
 * @example isLateReport({ submittedAt: null }, '2014-10-05', new Date('2014-10-06T00:00:00+08:00')) // true
 */
export function isLateReport(
  report: { readonly submittedAt: Date | null } | null,
  deadline: string,
  now: Date,
): boolean {
  if (report?.submittedAt) return chinaDay(report.submittedAt) > deadline;
  return chinaDay(now) > deadline;
}
