import { checkedPeriod } from '../period-checks';

/** An inspection period as the measures need it: its year, last day and last quarter. */
export interface InspectionPeriod {
  readonly period: string;
  readonly year: number;
  /** The day the period ends, as an ISO date: what was done by then counts. */
  readonly lastDay: string;
  /** The quarter the period ends with ("2014Q4" for the year-end round "2014"). */
  readonly lastQuarter: string;
}

/**
 * Reads a period as the rounds name them: a quarter ("2014Q3") or a year, for the year-end round
 * ("2014"); BAD_INPUT naming anything else.
 *
 * @example inspectionPeriod('2014Q3').lastDay // '2014-09-30'
 */
export function inspectionPeriod(period: string): InspectionPeriod {
  const p = checkedPeriod(period, ['YEAR', 'QUARTER']);
  return { period: p.toString(), year: p.year, lastDay: p.lastDay, lastQuarter: p.lastQuarter };
}
