import {
  projectTotals,
  projectTotalsByZoneAndCluster,
  type TotalsGroup as TotalsGroupName,
  worksTotals,
} from '@atlas/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { TotalsGroup } from '../common/enums';
import type { ApiContext } from '../context';
import { ProjectTotals } from './project-totals.type';
import { WorksTotals } from './works-totals.type';
import { ZoneClusterTotals } from './zone-cluster-totals.type';

@Resolver(() => ProjectTotals)
export class ProjectTotalsResolver {
  @Query(() => [ProjectTotals], {
    description: 'Project counts and investment by zone, cluster, status or start quarter.',
  })
  projectTotals(@Ctx() ctx: ApiContext, @Arg('groupBy', () => TotalsGroup) groupBy: TotalsGroupName) {
    return projectTotals(ctx.db, groupBy);
  }

  @Query(() => [ZoneClusterTotals], {
    description: 'Project counts and investment as a zone × cluster table, one row a non-empty cell.',
  })
  projectTotalsByZoneAndCluster(@Ctx() ctx: ApiContext) {
    return projectTotalsByZoneAndCluster(ctx.db);
  }

  @Query(() => [WorksTotals], {
    description: 'Road and grid-line km, substation kVA and relocation households, by zone and for the city.',
  })
  worksTotals(@Ctx() ctx: ApiContext, @Arg('zoneCode', () => ID, { nullable: true }) zoneCode?: string) {
    return worksTotals(ctx.db, zoneCode);
  }
}
