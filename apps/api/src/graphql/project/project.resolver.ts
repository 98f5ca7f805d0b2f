import {
  createProject,
  type FeatureOrder,
  getProject,
  listProjects,
  type ProjectSort as ProjectSortValue,
  updateProject,
} from '@atlas/core';
import type { schema } from '@atlas/db';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cluster } from '../cluster/cluster.type';
import { DateScalar } from '../common/date.scalar';
import { ProjectSort, ProjectStatus } from '../common/enums';
import { featureResolver } from '../common/feature.resolver';
import { orderArg } from '../common/feature-list.args';
import { asksFor } from '../common/selection';
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

/**
 * The zones and clusters a page's projects name, fetched before the page is answered when the
 * request asks for them: each project's `zone` and `cluster` then answer at once, not as one promise
 * each (hundreds on a page, every one tracked by graphql-js and the request's async context).
 */
async function loadRelatedAhead(ctx: ApiContext, info: GraphQLResolveInfo, rows: readonly ProjectRow[]) {
  const zones = asksFor(info, ['edges', 'node', 'zone']);
  const clusters = asksFor(info, ['edges', 'node', 'cluster']);
  await Promise.all([
    zones ? ctx.loaders.zone.loadMany([...new Set(rows.map((r) => r.zoneCode))]) : null,
    clusters
      ? ctx.loaders.cluster.loadMany([
          ...new Set(rows.flatMap((r) => (r.clusterCode ? [r.clusterCode] : []))),
        ])
      : null,
  ]);
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects, a page at a time (at most 1,000 a page).' })
  async projects(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
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
    const page = await listProjects(ctx, filter, {
      first: first ?? null,
      after: after ?? null,
      orderBy: orderBy ?? null,
      sortBy: sortBy ?? null,
    });
    await loadRelatedAhead(
      ctx,
      info,
      page.edges.map((e) => e.node),
    );
    return page;
  }

  @Query(() => Project, { nullable: true })
  project(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    return getProject(ctx.db, id);
  }

  @FieldResolver(() => Zone)
  zone(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zoneLoaded(project.zoneCode) ?? ctx.loaders.zone.load(project.zoneCode);
  }

  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    if (!project.clusterCode) return null;
    return ctx.loaders.clusterLoaded(project.clusterCode) ?? ctx.loaders.cluster.load(project.clusterCode);
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
