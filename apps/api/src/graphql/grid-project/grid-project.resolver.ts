import { createGridProject, type FeatureOrder, listFeatures, updateGridProject } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GridProjectKind } from '../common/enums';
import { featureResolver } from '../common/feature.resolver';
import { filterArg, orderArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
import { GridProjectInput, GridProjectPatch } from './grid-project.input';
import { GridProject } from './grid-project.type';

type GridProjectRow = typeof schema.gridProjects.$inferSelect;

export const GridProjectFeatureResolver = featureResolver<GridProjectRow>(GridProject, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});

@Resolver(() => GridProject)
export class GridProjectResolver {
  @Query(() => [GridProject])
  gridProjects(
    @Ctx() ctx: ApiContext,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: FeatureOrder,
    @Arg('kind', () => GridProjectKind, { nullable: true }) kind?: GridProjectRow['kind'],
  ) {
    return listFeatures(ctx.db, 'GRID_PROJECTS', {
      filter: filter ?? null,
      orderBy: orderBy ?? null,
      kind: kind ?? null,
    });
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The line length the project declares, km.' })
  declaredLengthKm(@Root() row: GridProjectRow) {
    return row.lengthKm;
  }

  @Mutation(() => GridProject)
  createGridProject(@Ctx() ctx: ApiContext, @Arg('input', () => GridProjectInput) input: GridProjectInput) {
    return createGridProject(ctx, input);
  }

  @Mutation(() => GridProject)
  updateGridProject(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => GridProjectPatch) input: GridProjectPatch,
  ) {
    return updateGridProject(ctx, id, version, input);
  }
}
