import { badInput } from '../errors';

/** An inspection period as the measures need it: its year, last day and last quarter. */
export interface InspectionPeriod {
  readonly period: string;
  readonly year: number;
  /** The day the period ends, as an ISO date: what was done by then counts. */
  readonly lastDay: string;
  /** The quarter the period ends with ("2014Q4" for the year-end round "2014"). */
  readonly lastQuarter: string;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;

/**
 * Reads a period as the rounds name them: a quarter ("2014Q3") or a year, for the year-end round ("2014").
 *
 * @example inspectionPeriod('2014Q3').lastDay // '2014-09-30'
 */
export function inspectionPeriod(period: string): InspectionPeriod {
  const match = /^(\d{4})(?:Q([1-4]))?$/.exec(period);
  if (!match) throw badInput('期间格式应如 2014Q3 或 2014 / period must look like 2014Q3 or 2014');
  const year = Number(match[1]);
  const quarter = match[2] ? Number(match[2]) : 4;
  return {
    period,
    year,
    lastDay: `${year}-${QUARTER_END[quarter - 1]}`,
    lastQuarter: `${year}Q${quarter}`,
  };
}
