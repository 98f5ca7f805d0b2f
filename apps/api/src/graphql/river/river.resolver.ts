import { listFeatures } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Ctx, Query, Resolver } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import { filterArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
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
