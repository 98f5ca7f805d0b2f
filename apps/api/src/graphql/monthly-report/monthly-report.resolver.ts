import {
  type ReportingBoardRow as BoardRow,
  getMonthlyReport,
  listMonthlyReports,
  type MonthlyReportView,
  type ReadProjectLine,
  type ReportNodeLine,
  reportingBoard,
  reviewMonthlyReport,
  type MonthlyReport as StoredReport,
  saveMonthlyReport,
  submitMonthlyReport,
  viewOf,
} from '@atlas/core';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Project } from '../project/project.type';
import { Zone } from '../zone/zone.type';
import { MonthlyReportsArgs } from './monthly-report.args';
import { MonthlyReportInput } from './monthly-report.input';
import {
  MonthlyReport,
  MonthlyReportNode,
  MonthlyReportProject,
  ReportingBoardRow,
} from './monthly-report.type';

/** An id from the API (`ID` is text) as the report's serial id; anything else finds no report. */
const reportId = (id: string) => (/^[0-9]{1,9}$/.test(id) ? Number(id) : Number.NaN);

/**
 * Who may see a report depends on the caller's zone and the clock (lateness, MISSING), which the
 * response cache's key (role and data version) does not hold: these answers are never cached.
 */
function uncached(ctx: ApiContext): void {
  ctx.session.uncacheable();
}

const view = (ctx: ApiContext, report: StoredReport) => viewOf(report, ctx.reporting, new Date());

@Resolver(() => MonthlyReport)
export class MonthlyReportResolver {
  @Query(() => MonthlyReport, {
    nullable: true,
    description:
      'A zone’s report for a month (YYYY-MM). Anyone reads an ACCEPTED one; a draft, submitted or returned one only its zone’s reporter, planners and admins (others get null).',
  })
  monthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg('zoneCode', () => ID) zoneCode: string,
    @Arg('month', () => String) month: string,
  ) {
    uncached(ctx);
    return getMonthlyReport(ctx, zoneCode, month, ctx.reporting);
  }

  @Query(() => [MonthlyReport], { description: 'The reports the caller may see, by month then zone.' })
  monthlyReports(@Ctx() ctx: ApiContext, @Args(() => MonthlyReportsArgs) args: MonthlyReportsArgs) {
    uncached(ctx);
    return listMonthlyReports(ctx, args, ctx.reporting);
  }

  @Query(() => [ReportingBoardRow], {
    description:
      'All ten zones’ state for a month’s report (on time, late, missing, returned …), judged now.',
  })
  reportingBoard(@Ctx() ctx: ApiContext, @Arg('month', () => String) month: string) {
    uncached(ctx);
    return reportingBoard(ctx, month, ctx.reporting);
  }

  @Mutation(() => MonthlyReport, {
    description:
      'Creates the zone’s report for the month as a draft, or replaces a DRAFT or RETURNED one (send its version). The zone’s reporter, planners and admins.',
  })
  async saveMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => MonthlyReportInput) input: MonthlyReportInput,
  ) {
    return view(ctx, await saveMonthlyReport(ctx, input));
  }

  @Mutation(() => MonthlyReport, {
    description:
      'Submits a draft or returned report after checking everything; refusals list every problem by row and field.',
  })
  async submitMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return view(ctx, await submitMonthlyReport(ctx, reportId(id), version));
  }

  @Mutation(() => MonthlyReport, {
    description: 'Accepts a submitted report: its figures start counting (REPORTED). Planner or admin.',
  })
  async acceptMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return view(ctx, await reviewMonthlyReport(ctx, reportId(id), version, { decision: 'ACCEPT' }));
  }

  @Mutation(() => MonthlyReport, {
    description: 'Returns a submitted report to its zone with a reason. Planner or admin.',
  })
  async returnMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return view(ctx, await reviewMonthlyReport(ctx, reportId(id), version, { decision: 'RETURN', reason }));
  }

  @FieldResolver(() => Zone)
  zone(@Root() report: MonthlyReportView, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(report.zoneCode);
  }
}

@Resolver(() => MonthlyReportProject)
export class MonthlyReportProjectResolver {
  @FieldResolver(() => Project)
  project(@Root() line: ReadProjectLine, @Ctx() ctx: ApiContext) {
    return ctx.loaders.project.load(line.projectId);
  }
}

@Resolver(() => MonthlyReportNode)
export class MonthlyReportNodeResolver {
  @FieldResolver(() => Project)
  project(@Root() line: ReportNodeLine, @Ctx() ctx: ApiContext) {
    return ctx.loaders.project.load(line.projectId);
  }
}

@Resolver(() => ReportingBoardRow)
export class ReportingBoardRowResolver {
  @FieldResolver(() => Zone)
  zone(@Root() row: BoardRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(row.zoneCode);
  }
}
