import { type FeatureOrder, listFeatures } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Ctx, Query, Resolver } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import { filterArg, orderArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
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
