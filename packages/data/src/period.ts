/** What a period spans: a whole year, one quarter, or one month. */
export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

/** The spellings a period may be given in, for messages: zh, then en. */
export const PERIOD_FORMS = {
  zh: '2014(年)、2014Q3(季度)或 2014M07 / 2014-07(月)',
  en: '2014 (a year), 2014Q3 (a quarter) or 2014M07 / 2014-07 (a month)',
} as const;

const FORM = /^(\d{4})(?:Q([1-4])|(?:M|-)(0[1-9]|1[0-2]))?$/;
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A reporting period of the plan's calendar — a year, a quarter or a month — read from its text in
 * this one place for the API, the domain and the map. It is written as the records store it:
 * `2014`, `2014Q3`, `2014M07` (a month may also be given as `2014-07`).
 *
 * @example
 * Period.parse('2014Q3')?.lastDay // '2014-09-30'
 * Period.parse('2014-07')?.toString() // '2014M07'
 * Period.parse('2014Q5') // null
 */
export class Period {
  private constructor(
    readonly year: number,
    /** 1–4 for a quarter, else null. */
    readonly quarter: number | null,
    /** 1–12 for a month, else null. */
    readonly month: number | null,
  ) {}

  /** The period a text names, or null when it is no period (`2014Q5`, `2014-Q4`, `latest`). */
  static parse(text: string): Period | null {
    const match = FORM.exec(text);
    if (!match) return null;
    return new Period(
      Number(match[1]),
      match[2] ? Number(match[2]) : null,
      match[3] ? Number(match[3]) : null,
    );
  }

  get kind(): PeriodKind {
    if (this.quarter !== null) return 'QUARTER';
    return this.month !== null ? 'MONTH' : 'YEAR';
  }

  /** The last month the period covers, 1–12. */
  get lastMonth(): number {
    return this.month ?? (this.quarter ?? 4) * 3;
  }

  /** The first day of the period, as an ISO date. */
  get firstDay(): string {
    const first = this.month ?? (this.quarter === null ? 1 : this.quarter * 3 - 2);
    return `${this.year}-${pad(first)}-01`;
  }

  /** The period's last day, as an ISO date: what was done by then counts. */
  get lastDay(): string {
    return `${this.year}-${pad(this.lastMonth)}-${pad(daysIn(this.year, this.lastMonth))}`;
  }

  /** The quarter the period ends in (`2014Q4` for the year 2014, `2014Q3` for `2014M07`). */
  get lastQuarter(): string {
    return `${this.year}Q${Math.ceil(this.lastMonth / 3)}`;
  }

  /** The period as the records store it: `2014`, `2014Q3` or `2014M07`. */
  toString(): string {
    if (this.quarter !== null) return `${this.year}Q${this.quarter}`;
    return this.month !== null ? `${this.year}M${pad(this.month)}` : String(this.year);
  }
}
