import { readAuditLog } from '@atlas/core';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { AuditConnection } from './audit-entry.type';

@Resolver()
export class AuditResolver {
  @Query(() => AuditConnection, {
    description:
      'A record’s history (entity: project, road_link, grid_project, facility, relocation_site, monthly_report, project_problem, project_node, project_annual_plan, user). Planner or admin.',
  })
  auditLog(
    @Ctx() ctx: ApiContext,
    @Arg('entity', () => String) entity: string,
    @Arg('id', () => ID) id: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return readAuditLog(ctx, { entity, id, first, after: after ?? null });
  }
}
