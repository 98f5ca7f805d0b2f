import { listFeatures } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { featureResolver } from '../common/feature.resolver';
import { filterArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
import { Zone } from '../zone/zone.type';
import { County } from './county.type';

type CountyRow = typeof schema.counties.$inferSelect;

export const CountyFeatureResolver = featureResolver<CountyRow>(County, {
  geometryOf: (r) => r.boundary,
  idOf: (r) => r.adcode,
  coverage: 'COUNTIES',
});

@Resolver(() => County)
export class CountyResolver {
  @Query(() => [County], { description: 'Zhoukou’s ten county-level divisions.' })
  counties(@Ctx() ctx: ApiContext, @filterArg() filter?: SpatialFilter) {
    // Served simplified by zoom from the built geodata: the full boundaries (most of the bytes the
    // database would send) are fetched only for a field that asks for them.
    return listFeatures(ctx.db, 'COUNTIES', { filter: filter ?? null, withoutGeometry: true });
  }

  @FieldResolver(() => [Zone], { description: 'Zones in this county (鹿邑县 has none).' })
  zones(@Root() county: CountyRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zonesOfCounty.load(county.adcode);
  }
}
