import { type FeatureOrder, listFeatures, type NearestGridOptions } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Cluster } from '../cluster/cluster.type';
import { GridProjectKind } from '../common/enums';
import { featureResolver } from '../common/feature.resolver';
import { filterArg, orderArg } from '../common/feature-list.args';
import type { SpatialFilter } from '../common/spatial-filter.input';
import type { ApiContext } from '../context';
import { County } from '../county/county.type';
import { GridProject } from '../grid-project/grid-project.type';
import { Project } from '../project/project.type';
import { StarLevelRecord } from './star-level-record.type';
import { Zone } from './zone.type';

type ZoneRow = typeof schema.zones.$inferSelect;

export const ZoneFeatureResolver = featureResolver<ZoneRow>(Zone, {
  geometryOf: (r) => r.footprint,
  idOf: (r) => r.code,
  coverage: 'ZONES',
});

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => [Zone], { description: 'The ten 产业集聚区.' })
  zones(@Ctx() ctx: ApiContext, @filterArg() filter?: SpatialFilter, @orderArg() orderBy?: FeatureOrder) {
    return listFeatures(ctx.db, 'ZONES', { filter: filter ?? null, orderBy: orderBy ?? null });
  }

  @Query(() => Zone, { nullable: true })
  zone(@Ctx() ctx: ApiContext, @Arg('code', () => ID) code: string) {
    return ctx.loaders.zone.load(code);
  }

  @FieldResolver(() => County)
  county(@Root() zone: ZoneRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.county.load(zone.countyAdcode);
  }

  @FieldResolver(() => [Cluster], { description: 'Clusters this zone belongs to.' })
  clusters(@Root() zone: ZoneRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.clustersOfZone.load(zone.code);
  }

  @FieldResolver(() => [Project], {
    description: 'All of this zone’s projects (use Query.projects to page or filter).',
  })
  projects(@Root() zone: ZoneRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.projectsOfZone.load(zone.code);
  }

  @FieldResolver(() => [StarLevelRecord], {
    description: 'Star levels by year: the plan’s 2014, later ones from public sources.',
  })
  starLevels(@Root() zone: ZoneRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.starLevelsOfZone.load(zone.code);
  }

  @FieldResolver(() => [GridProject], {
    description: 'The grid projects nearest this zone’s footprint, nearest first, each with distanceMeters.',
  })
  nearestGridProjects(
    @Root() zone: ZoneRow,
    @Ctx() ctx: ApiContext,
    @Arg('kind', () => GridProjectKind, { nullable: true }) kind?: NearestGridOptions['kind'],
    @Arg('minVoltageKv', () => Int, { nullable: true }) minVoltageKv?: number,
    @Arg('first', () => Int, { defaultValue: 1 }) first = 1,
  ) {
    return ctx.loaders
      .nearestGridProjects({
        kind: kind ?? null,
        minVoltageKv: minVoltageKv ?? null,
        first: Math.min(Math.max(first, 1), 20),
      })
      .load(zone.code);
  }
}
