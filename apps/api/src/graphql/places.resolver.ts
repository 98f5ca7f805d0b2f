import { listClusters, listFeatures, type NearestGridOptions } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { SpatialFilter } from './common.types';
import type { ApiContext } from './context';
import { FeatureOrder, GridProjectKind } from './enums';
import { featureResolver } from './feature.resolver';
import { GridProject, Project } from './layers.types';
import { Cluster, County, Enterprise, RevenueTarget, StarLevelRecord, Zone } from './places.types';

type CountyRow = typeof schema.counties.$inferSelect;
type ZoneRow = typeof schema.zones.$inferSelect;
type ClusterRow = typeof schema.clusters.$inferSelect;

export const CountyFeatureResolver = featureResolver<CountyRow>(County, {
  geometryOf: (r) => r.boundary,
  idOf: (r) => r.adcode,
  coverage: 'COUNTIES',
});

export const ZoneFeatureResolver = featureResolver<ZoneRow>(Zone, {
  geometryOf: (r) => r.footprint,
  idOf: (r) => r.code,
  coverage: 'ZONES',
});

@Resolver(() => County)
export class CountyResolver {
  @Query(() => [County], { description: 'Zhoukou’s ten county-level divisions.' })
  counties(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => SpatialFilter, { nullable: true }) filter?: SpatialFilter,
  ) {
    return listFeatures(ctx.db, 'COUNTIES', { filter: filter ?? null });
  }

  @FieldResolver(() => [Zone], { description: 'Zones in this county (鹿邑县 has none).' })
  zones(@Root() county: CountyRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zonesOfCounty.load(county.adcode);
  }
}

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => [Zone], { description: 'The ten 产业集聚区.' })
  zones(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => SpatialFilter, { nullable: true }) filter?: SpatialFilter,
    @Arg('orderBy', () => FeatureOrder, { nullable: true }) orderBy?: 'NAME' | 'DISTANCE',
  ) {
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

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => [Cluster], { description: 'The plan’s two 千亿 leading and five 百亿 specialty clusters.' })
  clusters(@Ctx() ctx: ApiContext) {
    return listClusters(ctx.db);
  }

  @Query(() => Cluster, { nullable: true })
  cluster(@Ctx() ctx: ApiContext, @Arg('code', () => ID) code: string) {
    return ctx.loaders.cluster.load(code);
  }

  @FieldResolver(() => RevenueTarget, {
    nullable: true,
    description: 'The plan’s 2014 main business revenue target.',
  })
  async revenueTarget(@Root() cluster: ClusterRow, @Ctx() ctx: ApiContext): Promise<RevenueTarget | null> {
    const target = await ctx.loaders.revenueTargetOfCluster.load(cluster.code);
    return target ? { valueYi: target.value, comparator: target.comparator, strive: target.strive } : null;
  }

  @FieldResolver(() => [Zone], { description: 'Zones the cluster rests on.' })
  zones(@Root() cluster: ClusterRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zonesOfCluster.load(cluster.code);
  }

  @FieldResolver(() => [Enterprise], { description: 'Anchor and leading enterprises named for the cluster.' })
  async anchorEnterprises(@Root() cluster: ClusterRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.enterprisesOfCluster.load(cluster.code)).filter(
      (e) => e.role === 'ANCHOR' || e.role === 'LEADING',
    );
  }
}
