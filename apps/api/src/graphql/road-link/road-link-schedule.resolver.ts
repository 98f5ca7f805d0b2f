import { worksScheduleResolver } from '../ledger/works-schedule.resolver';
import { RoadLink } from './road-link.type';

/** Planned start and finish, progress, responsible unit and lateness of a road link. */
export const RoadLinkScheduleResolver = worksScheduleResolver(RoadLink);
