import { listFeatures } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { featureResolver } from '../shared/feature.resolver';
import { filterArg } from '../shared/feature-list.args';
import type { SpatialFilter } from '../shared/spatial-filter.input';
import { River } from './river.type';

type RiverRow = typeof schema.rivers.$inferSelect;

export const RiverFeatureResolver = featureResolver<RiverRow>(River, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => String(r.id),
});

@Resolver(() => River)
export class RiverResolver {
  @Query(() => [River], {
    description: 'Permanent river reaches for the offline base map, in a stable order.',
  })
  rivers(@Ctx() ctx: ApiContext, @filterArg() filter?: SpatialFilter) {
    return listFeatures(ctx.db, 'RIVERS', { filter: filter ?? null });
  }
}
