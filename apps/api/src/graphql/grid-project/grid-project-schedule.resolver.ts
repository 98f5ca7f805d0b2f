import { worksScheduleResolver } from '../ledger/works-schedule.resolver';
import { GridProject } from './grid-project.type';

/** Planned start and finish, progress, responsible unit and lateness of a grid project. */
export const GridProjectScheduleResolver = worksScheduleResolver(GridProject);
