import { inspectionRanking, recordInspectionScores } from '@atlas/core';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { InspectionRanking } from './inspection-ranking.type';
import { InspectionScore } from './inspection-score.type';
import { InspectionScoresInput } from './inspection-scores.input';

@Resolver(() => InspectionRanking)
export class InspectionResolver {
  @Query(() => InspectionRanking, {
    nullable: true,
    description: 'The zones ranked at a round such as 2014Q3.',
  })
  async inspectionRanking(@Ctx() ctx: ApiContext, @Arg('period', () => String) period: string) {
    const ranking = await inspectionRanking(ctx.db, period);
    if (!ranking) return null;
    const { round } = ranking;
    return {
      period: round.period,
      kind: round.kind,
      heldOn: round.heldOn,
      previousPeriod: ranking.previousPeriod,
      provenance: { kind: round.sourceKind, citation: round.sourceCitation },
      zones: ranking.zones,
    };
  }

  @Mutation(() => [InspectionScore], {
    description: 'Records the zones’ scores at a round. Planner or admin.',
  })
  recordInspectionScores(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => InspectionScoresInput) input: InspectionScoresInput,
  ) {
    return recordInspectionScores(ctx, input);
  }
}
