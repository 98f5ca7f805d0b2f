import { today } from '../ledger/ledger-dates';

/** The schedule columns every work (road link, grid project, facility, relocation site) has. */
export interface WorksSchedule {
  readonly plannedStartOn: string | null;
  readonly plannedFinishOn: string | null;
  readonly progressPercent: number | null;
}

/**
 * Whether a work is late at the end of `asOf` (today by default): its planned finish has passed and it is not at
 * 100 %. A work with no planned finish is never late: nothing says when it was due.
 *
 * @example worksLate({ plannedStartOn: null, plannedFinishOn: '2014-10-31', progressPercent: 80 }, '2014-12-31'); // true
 */
export function worksLate(work: WorksSchedule, asOf: string = today()): boolean {
  if (!work.plannedFinishOn || work.plannedFinishOn >= asOf) return false;
  return (work.progressPercent ?? 0) < 100;
}
