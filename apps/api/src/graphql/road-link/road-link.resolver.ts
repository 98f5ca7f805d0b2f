import { createRoadLink, type FeatureOrder, listFeatures, updateRoadLink } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoadLinkKind } from '../common/enums';
import { featureResolver } from '../common/feature.resolver';
import { filterArg, orderArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
import { RoadLinkInput, RoadLinkPatch } from './road-link.input';
import { RoadLink } from './road-link.type';

type RoadLinkRow = typeof schema.roadLinks.$inferSelect;

export const RoadLinkFeatureResolver = featureResolver<RoadLinkRow>(RoadLink, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});

@Resolver(() => RoadLink)
export class RoadLinkResolver {
  @Query(() => [RoadLink])
  roadLinks(
    @Ctx() ctx: ApiContext,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: FeatureOrder,
    @Arg('kind', () => RoadLinkKind, { nullable: true }) kind?: RoadLinkRow['kind'],
  ) {
    return listFeatures(ctx.db, 'ROAD_LINKS', {
      filter: filter ?? null,
      orderBy: orderBy ?? null,
      kind: kind ?? null,
    });
  }

  @FieldResolver(() => Float, { description: 'The length the works record declares, km.' })
  declaredLengthKm(@Root() row: RoadLinkRow) {
    return row.lengthKm;
  }

  @Mutation(() => RoadLink)
  createRoadLink(@Ctx() ctx: ApiContext, @Arg('input', () => RoadLinkInput) input: RoadLinkInput) {
    return createRoadLink(ctx, input);
  }

  @Mutation(() => RoadLink)
  updateRoadLink(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RoadLinkPatch) input: RoadLinkPatch,
  ) {
    return updateRoadLink(ctx, id, version, input);
  }
}
