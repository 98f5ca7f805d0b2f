import { worksScheduleResolver } from '../ledger/works-schedule.resolver';
import { Facility } from './facility.type';

/** Planned start and finish, progress, responsible unit and lateness of a facility. */
export const FacilityScheduleResolver = worksScheduleResolver(Facility);
