import { createGridProject, listGridProjects, updateGridProject } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import type { ApiContext } from '../context';
import { GridProjectListArgs } from './grid-project.args';
import { GridProjectInput, GridProjectPatch } from './grid-project.input';
import { GridProject } from './grid-project.type';

type GridProjectRow = typeof schema.gridProjects.$inferSelect;

export const GridProjectFeatureResolver = featureResolver<GridProjectRow>(GridProject, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});

@Resolver(() => GridProject)
export class GridProjectResolver {
  @Query(() => [GridProject], { description: 'Grid projects; every argument given must hold.' })
  gridProjects(@Ctx() ctx: ApiContext, @Args(() => GridProjectListArgs) args: GridProjectListArgs) {
    return listGridProjects(ctx.db, args);
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
