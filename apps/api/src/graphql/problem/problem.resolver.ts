import { assignProblem, closeProblem, listProblems, raiseProblem } from '@atlas/core';
import type { ProblemStatus as ProblemStatusValue } from '@atlas/data';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { ProblemStatus } from '../common/enums';
import { Provenance } from '../common/provenance.type';
import type { ApiContext } from '../context';
import { Project } from '../project/project.type';
import { Zone } from '../zone/zone.type';
import { ProjectProblem } from './problem.type';

@Resolver(() => ProjectProblem)
export class ProblemResolver {
  @Query(() => [ProjectProblem], {
    description: 'The problem ledger, oldest first; overdue judged at asOf (today by default).',
  })
  problems(
    @Ctx() ctx: ApiContext,
    @Arg('zoneCode', () => ID, { nullable: true }) zoneCode?: string,
    @Arg('status', () => ProblemStatus, { nullable: true }) status?: ProblemStatusValue,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue?: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ) {
    return listProblems(ctx.db, { zoneCode, status, overdue, asOf });
  }

  @FieldResolver(() => Project)
  project(@Root() problem: ProjectProblem, @Ctx() ctx: ApiContext) {
    return ctx.loaders.project.load(problem.projectId);
  }

  @FieldResolver(() => Zone)
  zone(@Root() problem: ProjectProblem, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zone.load(problem.zoneCode);
  }

  @FieldResolver(() => Provenance, { description: 'Where the record came from.' })
  provenance(@Root() problem: ProjectProblem): Provenance {
    return { kind: problem.sourceKind, citation: problem.sourceCitation };
  }

  @Mutation(() => ProjectProblem, {
    description: 'A zone raises a problem on its project. Zone reporters: own zone only.',
  })
  raiseProblem(
    @Ctx() ctx: ApiContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('description', () => String) description: string,
    @Arg('responsibleUnit', () => String) responsibleUnit: string,
    @Arg('dueOn', () => DateScalar) dueOn: string,
  ) {
    return raiseProblem(ctx, { projectId, description, responsibleUnit, dueOn });
  }

  @Mutation(() => ProjectProblem, {
    description: 'Planner or admin (督办): the unit that must act and by when.',
  })
  assignProblem(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('responsibleUnit', () => String) responsibleUnit: string,
    @Arg('dueOn', () => DateScalar) dueOn: string,
  ) {
    return assignProblem(ctx, id, version, { responsibleUnit, dueOn });
  }

  @Mutation(() => ProjectProblem, {
    description: 'Planner or admin; a note saying how it was solved is required.',
  })
  closeProblem(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String) note: string,
  ) {
    return closeProblem(ctx, id, version, note);
  }
}
