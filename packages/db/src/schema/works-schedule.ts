import { date, real, text } from 'drizzle-orm/pg-core';

/**
 * When a work (road link, grid project, facility, relocation site) is planned to start and finish,
 * how far it is (from accepted monthly reports) and which unit answers for it. A work past its
 * planned finish and not at 100 % is late.
 */
export const worksScheduleColumns = {
  plannedStartOn: date('planned_start_on'),
  plannedFinishOn: date('planned_finish_on'),
  progressPercent: real('progress_percent'),
  responsibleUnit: text('responsible_unit'),
};
