import { projectTotals, type TotalsGroup as TotalsGroupName } from '@atlas/core';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { TotalsGroup } from '../common/enums';
import type { ApiContext } from '../context';
import { ProjectTotals } from './project-totals.type';

@Resolver(() => ProjectTotals)
export class ProjectTotalsResolver {
  @Query(() => [ProjectTotals], {
    description: 'Project counts and investment by zone, cluster, status or start quarter.',
  })
  projectTotals(@Ctx() ctx: ApiContext, @Arg('groupBy', () => TotalsGroup) groupBy: TotalsGroupName) {
    return projectTotals(ctx.db, groupBy);
  }
}
