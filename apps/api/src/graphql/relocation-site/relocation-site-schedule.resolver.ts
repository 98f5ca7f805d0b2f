import { householdsWaiting } from '@atlas/core';
import type { schema } from '@atlas/db';
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { worksScheduleResolver } from '../ledger/works-schedule.resolver';
import { RelocationSite } from './relocation-site.type';

type RelocationSiteRow = typeof schema.relocationSites.$inferSelect;

/** Planned start and finish, progress, responsible unit and lateness of a relocation site. */
export const RelocationSiteScheduleResolver = worksScheduleResolver(RelocationSite);

@Resolver(() => RelocationSite)
export class RelocationHouseholdsResolver {
  @FieldResolver(() => Int, { description: 'Households already moved out (from accepted reports, or demo).' })
  householdsMoved(@Root() site: RelocationSiteRow) {
    return site.householdsMoved;
  }

  @FieldResolver(() => Int, { description: 'Households still waiting to move: households − moved.' })
  householdsWaiting(@Root() site: RelocationSiteRow) {
    return householdsWaiting(site);
  }
}
