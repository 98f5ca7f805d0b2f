import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { ProjectNodeState, ProjectResponsible } from '../ledger/ledger.type';
import { ledgerLoaders } from '../ledger/ledger-loaders';
import { ProjectProblem } from '../problem/problem.type';
import { Project } from './project.type';

type ProjectRow = typeof schema.projects.$inferSelect;

/** A project's ledger fields: who answers for it, its nodes and problems, its plan and what it has done. */
@Resolver(() => Project)
export class ProjectLedgerResolver {
  @FieldResolver(() => ProjectResponsible, { nullable: true })
  responsible(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ledgerLoaders(ctx).responsible.load(project.id);
  }

  @FieldResolver(() => [ProjectNodeState], { description: 'Lifecycle nodes in order; overdue as at today.' })
  nodes(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ledgerLoaders(ctx).nodes.load(project.id);
  }

  @FieldResolver(() => [ProjectProblem], { description: 'Its problems, oldest first; overdue as at today.' })
  problems(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ledgerLoaders(ctx).problems.load(project.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '年度计划投资 for the year, 万元; null when none.',
  })
  annualPlanWan(@Root() project: ProjectRow, @Ctx() ctx: ApiContext, @Arg('year', () => Int) year: number) {
    return ledgerLoaders(ctx).annualPlan.load(`${project.id}|${year}`);
  }

  @FieldResolver(() => Float, {
    description: 'Investment completed to date from accepted monthly reports, 万元.',
  })
  completedWan(@Root() project: ProjectRow, @Ctx() ctx: ApiContext) {
    return ledgerLoaders(ctx).completedWan.load(project.id);
  }
}
