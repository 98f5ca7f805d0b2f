import { createFacility, type FeatureOrder, listFeatures, updateFacility } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import { filterArg, orderArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
import { FacilityInput, FacilityPatch } from './facility.input';
import { Facility } from './facility.type';

type FacilityRow = typeof schema.facilities.$inferSelect;

export const FacilityFeatureResolver = featureResolver<FacilityRow>(Facility, {
  geometryOf: (r) => r.location,
  idOf: (r) => r.id,
});

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => [Facility])
  facilities(
    @Ctx() ctx: ApiContext,
    @Arg('kind', () => String, { nullable: true, description: 'A FacilityKind such as SEWAGE_PLANT.' })
    kind?: string,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: FeatureOrder,
  ) {
    return listFeatures(ctx.db, 'FACILITIES', {
      filter: filter ?? null,
      orderBy: orderBy ?? null,
      kind: kind ?? null,
    });
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
