import {
  inspectionRanking,
  inspectionRounds,
  publishInspectionRanking,
  type InspectionRanking as Ranking,
  rankingPublications,
  recordInspectionScores,
} from '@atlas/core';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { textRule } from '../common/input-rules.description';
import type { ApiContext } from '../context';
import { InspectionRanking, RankingPublication } from './inspection-ranking.type';
import { InspectionRound } from './inspection-round.type';
import { InspectionScore } from './inspection-score.type';
import { InspectionScoresInput } from './inspection-scores.input';

const shown = (ranking: Ranking) => ({ ...ranking, publishedAt: ranking.publishedAt?.toISOString() ?? null });

@Resolver(() => InspectionRanking)
export class InspectionResolver {
  @Query(() => [InspectionRound], { description: 'The rounds recorded, oldest first.' })
  inspectionPeriods(@Ctx() ctx: ApiContext) {
    return inspectionRounds(ctx.db);
  }

  @Query(() => InspectionRanking, {
    nullable: true,
    description:
      'The zones ranked at a round such as 2014Q3: the newest published version, else the live draft; or a given version, or the draft. Null for a period with no round (inspectionPeriods lists them).',
  })
  async inspectionRanking(
    @Ctx() ctx: ApiContext,
    @Arg('period', () => String, {
      description:
        'A quarter (2014Q3), a year for the year-end round (2014), or "latest" for the newest round; anything else is refused, naming it.',
    })
    period: string,
    @Arg('version', () => Int, { nullable: true, description: 'A published version.' }) version?:
      | number
      | null,
    @Arg('draft', () => Boolean, { nullable: true, description: 'The live draft, even once published.' })
    draft?: boolean | null,
  ) {
    const ranking = await inspectionRanking(ctx.db, period, { version, draft });
    return ranking ? shown(ranking) : null;
  }

  @FieldResolver(() => [RankingPublication], { description: 'Every published version, newest first.' })
  async publications(@Ctx() ctx: ApiContext, @Root() ranking: InspectionRanking) {
    const rows = await rankingPublications(ctx.db, ranking.period);
    return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  }

  @Mutation(() => [InspectionScore], {
    description: 'Records the zones’ scores at a round. Inspector or admin.',
  })
  recordInspectionScores(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => InspectionScoresInput) input: InspectionScoresInput,
  ) {
    return recordInspectionScores(ctx, input);
  }

  @Mutation(() => InspectionRanking, {
    description:
      'Publishes the reviewed draft of a period as its next version, frozen; earlier versions are kept. Admin only.',
  })
  async publishInspectionRanking(
    @Ctx() ctx: ApiContext,
    @Arg('period', () => String) period: string,
    @Arg('note', () => String, {
      description: textRule('note', 'What was reviewed, or why it is published again. '),
    })
    note: string,
  ) {
    return shown(await publishInspectionRanking(ctx, { period, note }));
  }
}
