import { type FeatureOrder, listFeatures } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { featureResolver } from '../shared/feature.resolver';
import { filterArg, orderArg } from '../shared/feature-list.args';
import type { SpatialFilter } from '../shared/spatial-filter.input';
import { HousingProject } from './housing-project.type';

type HousingProjectRow = typeof schema.housingProjects.$inferSelect;

export const HousingProjectFeatureResolver = featureResolver<HousingProjectRow>(HousingProject, {
  geometryOf: (r) => r.location,
  idOf: (r) => r.id,
});

@Resolver(() => HousingProject)
export class HousingProjectResolver {
  @Query(() => [HousingProject], { description: 'Resettlement and public rental housing.' })
  housingProjects(
    @Ctx() ctx: ApiContext,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: FeatureOrder,
  ) {
    return listFeatures(ctx.db, 'HOUSING_PROJECTS', { filter: filter ?? null, orderBy: orderBy ?? null });
  }
}
