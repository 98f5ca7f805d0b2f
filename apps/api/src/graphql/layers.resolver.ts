import {
  createFacility,
  createGridProject,
  createProject,
  createRelocationSite,
  createRoadLink,
  getProject,
  listFeatures,
  listProjects,
  updateFacility,
  updateGridProject,
  updateProject,
  updateRelocationSite,
  updateRoadLink,
} from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SpatialFilter } from './common.types';
import type { ApiContext } from './context';
import { FeatureOrder, GridProjectKind, ProjectStatus, RoadLinkKind } from './enums';
import { featureResolver } from './feature.resolver';
import {
  FacilityInput,
  FacilityPatch,
  GridProjectInput,
  GridProjectPatch,
  ProjectFilter,
  ProjectInput,
  ProjectPatch,
  RelocationSiteInput,
  RelocationSitePatch,
  RoadLinkInput,
  RoadLinkPatch,
} from './layers.inputs';
import {
  Facility,
  GridProject,
  HousingProject,
  Project,
  ProjectConnection,
  ProjectStatusChange,
  RelocationSite,
  RoadLink,
} from './layers.types';
import { Cluster, Zone } from './places.types';

type ProjectRow = typeof schema.projects.$inferSelect;
type RoadLinkRow = typeof schema.roadLinks.$inferSelect;
type GridProjectRow = typeof schema.gridProjects.$inferSelect;
type FacilityRow = typeof schema.facilities.$inferSelect;
type RelocationSiteRow = typeof schema.relocationSites.$inferSelect;
type HousingProjectRow = typeof schema.housingProjects.$inferSelect;
type Order = 'NAME' | 'DISTANCE';

export const ProjectFeatureResolver = featureResolver<ProjectRow>(Project, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});
export const RoadLinkFeatureResolver = featureResolver<RoadLinkRow>(RoadLink, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});
export const GridFeatureResolver = featureResolver<GridProjectRow>(GridProject, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});
export const FacilityFeatureResolver = featureResolver<FacilityRow>(Facility, {
  geometryOf: (r) => r.location,
  idOf: (r) => r.id,
});
export const RelocationFeatureResolver = featureResolver<RelocationSiteRow>(RelocationSite, {
  geometryOf: (r) => r.origin,
  idOf: (r) => r.id,
});
export const HousingFeatureResolver = featureResolver<HousingProjectRow>(HousingProject, {
  geometryOf: (r) => r.location,
  idOf: (r) => r.id,
});

const orderArg = () => Arg('orderBy', () => FeatureOrder, { nullable: true });
const filterArg = () => Arg('filter', () => SpatialFilter, { nullable: true });

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects, a page at a time (at most 1,000 a page).' })
  projects(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @orderArg() orderBy?: Order,
  ) {
    return listProjects(ctx, filter, {
      first: first ?? null,
      after: after ?? null,
      orderBy: orderBy ?? null,
    });
  }

  @Query(() => Project, { nullable: true })
  project(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    return getProject(ctx.db, id);
  }

  @FieldResolver(() => Zone)
  zone(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(project.zoneCode);
  }

  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return project.clusterCode ? ctx.loaders.cluster.load(project.clusterCode) : null;
  }

  @FieldResolver(() => [ProjectStatusChange], { description: 'Every status with the date it was reached.' })
  statusHistory(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.statusHistoryOfProject.load(project.id);
  }

  @Mutation(() => Project, { description: 'Planner or admin.' })
  createProject(@Ctx() ctx: ApiContext, @Arg('input', () => ProjectInput) input: ProjectInput) {
    return createProject(ctx, input);
  }

  @Mutation(() => Project, { description: 'Planner or admin; `version` must be the one read.' })
  updateProject(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProjectPatch) input: ProjectPatch,
  ) {
    return updateProject(ctx, id, version, input);
  }

  @Mutation(() => Project, { description: 'Moves a project one stage forward, dated. Planner or admin.' })
  changeProjectStatus(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => ProjectStatus) status: ProjectRow['status'],
    @Arg('on', () => String, { nullable: true, description: 'YYYY-MM-DD; today if omitted' }) on?: string,
  ) {
    return updateProject(ctx, id, version, { status, statusDate: on ?? null });
  }
}

@Resolver(() => RoadLink)
export class RoadLinkResolver {
  @Query(() => [RoadLink])
  roadLinks(
    @Ctx() ctx: ApiContext,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: Order,
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

@Resolver(() => GridProject)
export class GridProjectResolver {
  @Query(() => [GridProject])
  gridProjects(
    @Ctx() ctx: ApiContext,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: Order,
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

@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => [Facility])
  facilities(
    @Ctx() ctx: ApiContext,
    @Arg('kind', () => String, { nullable: true, description: 'A FacilityKind such as SEWAGE_PLANT.' })
    kind?: string,
    @filterArg() filter?: SpatialFilter,
    @orderArg() orderBy?: Order,
  ) {
    return listFeatures(ctx.db, 'FACILITIES', {
      filter: filter ?? null,
      orderBy: orderBy ?? null,
      kind: kind ?? null,
    });
  }

  @Mutation(() => Facility)
  createFacility(@Ctx() ctx: ApiContext, @Arg('input', () => FacilityInput) input: FacilityInput) {
    return createFacility(ctx, input);
  }

  @Mutation(() => Facility)
  updateFacility(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => FacilityPatch) input: FacilityPatch,
  ) {
    return updateFacility(ctx, id, version, input);
  }
}

@Resolver(() => RelocationSite)
export class RelocationSiteResolver {
  @Query(() => [RelocationSite])
  relocationSites(@Ctx() ctx: ApiContext, @filterArg() filter?: SpatialFilter, @orderArg() orderBy?: Order) {
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

@Resolver(() => HousingProject)
export class HousingProjectResolver {
  @Query(() => [HousingProject], { description: 'Resettlement and public rental housing.' })
  housingProjects(@Ctx() ctx: ApiContext, @filterArg() filter?: SpatialFilter, @orderArg() orderBy?: Order) {
    return listFeatures(ctx.db, 'HOUSING_PROJECTS', { filter: filter ?? null, orderBy: orderBy ?? null });
  }
}
