import { createRelocationSite, type FeatureOrder, listFeatures, updateRelocationSite } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import { filterArg, orderArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
import { RelocationSiteInput, RelocationSitePatch } from './relocation-site.input';
import { RelocationSite } from './relocation-site.type';

type RelocationSiteRow = typeof schema.relocationSites.$inferSelect;

/** The village is the feature: spatial filters and distances measure from where households leave. */
export const RelocationSiteFeatureResolver = featureResolver<RelocationSiteRow>(RelocationSite, {
  geometryOf: (r) => r.origin,
  idOf: (r) => r.id,
});

@Resolver(() => RelocationSite)
export class RelocationSiteResolver {
  @Query(() => [RelocationSite])
  relocationSites(
    @Ctx() ctx: ApiContext,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: FeatureOrder,
  ) {
    return listFeatures(ctx.db, 'RELOCATION_SITES', { filter: filter ?? null, orderBy: orderBy ?? null });
  }

  @FieldResolver(() => String, { description: 'The village’s name.' })
  name(@Root() row: RelocationSiteRow) {
    return row.villageName;
  }

  @Mutation(() => RelocationSite)
  createRelocationSite(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => RelocationSiteInput) input: RelocationSiteInput,
  ) {
    return createRelocationSite(ctx, input);
  }

  @Mutation(() => RelocationSite)
  updateRelocationSite(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RelocationSitePatch) input: RelocationSitePatch,
  ) {
    return updateRelocationSite(ctx, id, version, input);
  }
}
