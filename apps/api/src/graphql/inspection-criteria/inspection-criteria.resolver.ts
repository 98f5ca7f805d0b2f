import {
  type InspectionCriteriaSet as CriteriaSet,
  inspectionCriteriaSet,
  replaceInspectionCriteria,
} from '@atlas/core';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { InspectionCriteriaInput } from './inspection-criteria.input';
import { InspectionCriteriaSet } from './inspection-criteria.type';

const shown = (set: CriteriaSet) => ({ ...set, createdAt: set.createdAt.toISOString() });

@Resolver(() => InspectionCriteriaSet)
export class InspectionCriteriaResolver {
  @Query(() => InspectionCriteriaSet, {
    nullable: true,
    description: 'The scoring criteria and weights: the current set, or an earlier version.',
  })
  async inspectionCriteria(
    @Ctx() ctx: ApiContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ) {
    const set = await inspectionCriteriaSet(ctx.db, version);
    return set ? shown(set) : null;
  }

  @Mutation(() => InspectionCriteriaSet, {
    description: 'Replaces the scoring criteria and weights with a new version, keeping the old. Admin only.',
  })
  async replaceInspectionCriteria(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => InspectionCriteriaInput) input: InspectionCriteriaInput,
  ) {
    return shown(await replaceInspectionCriteria(ctx, input));
  }
}
