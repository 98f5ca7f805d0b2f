import { listHousingProjects } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import type { ApiContext } from '../context';
import { HousingProjectListArgs } from './housing-project.args';
import { HousingProject } from './housing-project.type';

type HousingProjectRow = typeof schema.housingProjects.$inferSelect;

export const HousingProjectFeatureResolver = featureResolver<HousingProjectRow>(HousingProject, {
  geometryOf: (r) => r.location,
  idOf: (r) => r.id,
});

@Resolver(() => HousingProject)
export class HousingProjectResolver {
  @Query(() => [HousingProject], { description: 'Resettlement and public rental housing.' })
  housingProjects(@Ctx() ctx: ApiContext, @Args(() => HousingProjectListArgs) args: HousingProjectListArgs) {
    return listHousingProjects(ctx.db, args);
  }
}
