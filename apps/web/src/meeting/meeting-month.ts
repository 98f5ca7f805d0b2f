import { Period } from '@atlas/data/period';

/**
 * The months a meeting can be held on: the plan's year, January to December 2014 (the plan runs the
 * zones for 2014; its reports, ledger and inspections are all of that year).
 */
export const MEETING_MONTHS: readonly string[] = Array.from(
  { length: 12 },
  (_, i) => `2014-${String(i + 1).padStart(2, '0')}`,
);

/** A meeting month read from a link, with the dates the screen asks the API for. */
export interface MeetingMonth {
  /** `YYYY-MM`, as the API's reporting board and red list take it. */
  readonly month: string;
  readonly year: number;
  /** The month's last day: the ledger's and the red list's "as at". */
  readonly lastDay: string;
  /** The month before, for "this month" figures read as a difference of year-to-date totals. */
  readonly previous: string | null;
}

/**
 * The meeting month a link names, or null when it names none of `MEETING_MONTHS` (`2014-13`,
 * `2031-09`, `sept`): the screen then says so and links the months there are.
 *
 * @example
 * parseMeetingMonth('2014-09')?.lastDay // '2014-09-30'
 * parseMeetingMonth('2014M09') // null: links use the API's own spelling, YYYY-MM
 */
export function parseMeetingMonth(text: string | null | undefined): MeetingMonth | null {
  const month = text?.trim() ?? '';
  if (!MEETING_MONTHS.includes(month)) return null;
  const period = Period.parse(month);
  if (!period || period.month === null) return null;
  const index = MEETING_MONTHS.indexOf(month);
  return {
    month,
    year: period.year,
    lastDay: period.lastDay,
    previous: index > 0 ? (MEETING_MONTHS[index - 1] ?? null) : null,
  };
}

/** The month a meeting screen opens on when its link names none: the last one of the plan's year. */
export const LATEST_MEETING_MONTH = MEETING_MONTHS[MEETING_MONTHS.length - 1] as string;
