import { listProgressReports, recordProgressReport } from '@atlas/core';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { ProgressReportInput } from './progress-report.input';
import { ProgressReport } from './progress-report.type';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Query(() => [ProgressReport], { description: 'Reported figures, by period.' })
  progressReports(
    @Ctx() ctx: ApiContext,
    @Arg('period', () => String, {
      nullable: true,
      description:
        'Only this period: 2014, 2014Q3 or 2014M09 (2014-09); anything else is refused, naming it.',
    })
    period?: string,
  ) {
    return listProgressReports(ctx.db, period);
  }

  @Mutation(() => ProgressReport, { description: 'Records a period’s figure. Planner or admin.' })
  recordProgressReport(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => ProgressReportInput) input: ProgressReportInput,
  ) {
    return recordProgressReport(ctx, input);
  }
}
