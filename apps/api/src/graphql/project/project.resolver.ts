import {
  createProject,
  type FeatureOrder,
  getProject,
  listProjects,
  type ProjectSort as ProjectSortValue,
  updateProject,
} from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cluster } from '../cluster/cluster.type';
import { DateScalar } from '../common/date.scalar';
import { ProjectSort, ProjectStatus } from '../common/enums';
import { featureResolver } from '../common/feature.resolver';
import { orderArg } from '../common/feature-list.args';
import type { ApiContext } from '../context';
import { Zone } from '../zone/zone.type';
import { ProjectInput, ProjectPatch } from './project.input';
import { Project } from './project.type';
import { ProjectConnection } from './project-connection.type';
import { ProjectFilter } from './project-filter.input';
import { ProjectStatusChange } from './project-status-change.type';

type ProjectRow = typeof schema.projects.$inferSelect;

export const ProjectFeatureResolver = featureResolver<ProjectRow>(Project, {
  geometryOf: (r) => r.geometry,
  idOf: (r) => r.id,
});

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects, a page at a time (at most 1,000 a page).' })
  projects(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @orderArg() orderBy?: FeatureOrder,
    @Arg('sortBy', () => ProjectSort, {
      nullable: true,
      description: 'By investment or start date (not started last), in place of orderBy.',
    })
    sortBy?: ProjectSortValue,
  ) {
    return listProjects(ctx, filter, {
      first: first ?? null,
      after: after ?? null,
      orderBy: orderBy ?? null,
      sortBy: sortBy ?? null,
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

  @Mutation(() => Project, { description: 'Planner or admin, or the zone reporter of its zone.' })
  createProject(@Ctx() ctx: ApiContext, @Arg('input', () => ProjectInput) input: ProjectInput) {
    return createProject(ctx, input);
  }

  @Mutation(() => Project, {
    description:
      'Planner or admin, or the zone reporter of its zone (not moving it out); `version` must be the one read.',
  })
  updateProject(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProjectPatch) input: ProjectPatch,
  ) {
    return updateProject(ctx, id, version, input);
  }

  @Mutation(() => Project, {
    description:
      'Moves a project one stage forward, dated. Planner or admin, or the zone reporter of its zone.',
  })
  changeProjectStatus(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => ProjectStatus) status: ProjectRow['status'],
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day of the change; today if omitted.' })
    on?: string,
  ) {
    return updateProject(ctx, id, version, { status, statusDate: on ?? null });
  }
}
