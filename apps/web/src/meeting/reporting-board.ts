/** A zone's reporting state for the month, as the API's `ReportingState` names it. */
export type ReportingState = 'ON_TIME' | 'LATE' | 'MISSING' | 'RETURNED' | 'DRAFT' | 'SUBMITTED';

/** The order the board's key lists the states in: what a meeting praises first, what it chases last. */
export const REPORTING_STATES: readonly ReportingState[] = [
  'ON_TIME',
  'SUBMITTED',
  'LATE',
  'RETURNED',
  'DRAFT',
  'MISSING',
];

/** A mark per state, so the board reads without its colours (and in a black-and-white print). */
export const STATE_MARK: Record<ReportingState, string> = {
  ON_TIME: '✔',
  SUBMITTED: '✉',
  LATE: '⏰',
  RETURNED: '↩',
  DRAFT: '✎',
  MISSING: '✖',
};

/**
 * How many zones stand in each state, every state counted (zero included), in the key's order.
 *
 * @example
 * tallyStates([{ state: 'ON_TIME' }, { state: 'MISSING' }, { state: 'ON_TIME' }])[0]; // ['ON_TIME', 2]
 */
export function tallyStates(rows: readonly { state: ReportingState }[]): [ReportingState, number][] {
  return REPORTING_STATES.map((s) => [s, rows.filter((r) => r.state === s).length]);
}
