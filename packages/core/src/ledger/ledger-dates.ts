import { badInput } from '../errors';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A month written `YYYY-MM`, or BAD_INPUT naming the value.
 *
 * @example checkedMonth('2014-09'); // '2014-09'    checkedMonth('2014-9'); // BAD_INPUT
 */
export function checkedMonth(month: string, field = 'month'): string {
  if (!MONTH.test(month))
    throw badInput(
      `${field} 须为 YYYY-MM 形式的月份,如 2014-09:${JSON.stringify(month)} / ${field} must be a month written YYYY-MM, such as 2014-09: ${JSON.stringify(month)}`,
      { field, value: month },
    );
  return month;
}

/** A year the ledger can hold: 2000 to 2100. */
export function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(`年份须在 2000–2100 之间:${year} / year must be between 2000 and 2100: ${year}`, {
      field: 'year',
    });
  return year;
}

/** A day written YYYY-MM-DD that the calendar has, or BAD_INPUT naming the field. */
export function checkedDay(day: string, field: string): string {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day)
    throw badInput(
      `${field} 须为有效日期 YYYY-MM-DD:${day} / ${field} must be a real day YYYY-MM-DD: ${day}`,
      {
        field,
      },
    );
  return day;
}

/**
 * The last day of a month.
 *
 * @example monthEnd('2014-02'); // '2014-02-28'    monthEnd('2016-02'); // '2016-02-29'
 */
export function monthEnd(month: string): string {
  const [y, m] = checkedMonth(month).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The newest month that had ended by the end of `asOf`: a month's report counts once its last
 * day is on or before `asOf`.
 *
 * @example lastMonthEndedBy('2014-09-30'); // '2014-09'    lastMonthEndedBy('2014-09-29'); // '2014-08'
 */
export function lastMonthEndedBy(asOf: string): string {
  const month = asOf.slice(0, 7);
  if (monthEnd(month) === asOf) return month;
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** `day` moved into `year`: before it, 01-01; after it, 12-31. */
export function clampToYear(day: string, year: number): string {
  if (day < `${year}-01-01`) return `${year}-01-01`;
  if (day > `${year}-12-31`) return `${year}-12-31`;
  return day;
}

/** The calendar day of an instant in China (UTC+8), where the zones' working days are. */
export const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Today in China: the day the zones' offices are living, which the ledger's "now" is judged by. */
export const today = () => chinaDay(new Date());
