import { createFacility, listFacilities, updateFacility } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import type { ApiContext } from '../context';
import { FacilityListArgs } from './facility.args';
import { FacilityInput, FacilityPatch } from './facility.input';
import { Facility } from './facility.type';

type FacilityRow = typeof schema.facilities.$inferSelect;

export const FacilityFeatureResolver = featureResolver<FacilityRow>(Facility, {
  geometryOf: (r) => r.location,
  idOf: (r) => r.id,
});

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => [Facility], { description: 'Facilities; every argument given must hold.' })
  facilities(@Ctx() ctx: ApiContext, @Args(() => FacilityListArgs) args: FacilityListArgs) {
    return listFacilities(ctx.db, args);
  }

  @Mutation(() => Facility)
  createFacility(@Ctx() ctx: ApiContext, @Arg('input', () => FacilityInput) input: FacilityInput) {
    return createFacility(ctx, input);
  }

  @Mutation(() => Facility)
  updateFacility(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => FacilityPatch) input: FacilityPatch,
  ) {
    return updateFacility(ctx, id, version, input);
  }
}
