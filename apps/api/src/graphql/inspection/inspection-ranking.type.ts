import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { InspectionKind, Movement, RankingStatus } from '../common/enums';
import { Provenance } from '../common/provenance.type';
import { InspectionCriterion } from '../inspection-criteria/inspection-criteria.type';

@ObjectType({ description: 'One criterion’s part in a zone’s total.' })
export class CriterionScore {
  @Field(() => String, { description: 'The criterion’s code.' }) criterion!: string;
  @Field(() => Float, { nullable: true, description: '0–100; null when the zone has no data for it.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'As recorded: a score, a percentage, or 亿元.' })
  raw!: number | null;
  @Field(() => Float, { description: 'Share of the zone’s total it carried, after re-spreading (0–1).' })
  appliedWeight!: number;
}

@ObjectType({ description: 'A zone’s place in an inspection round.' })
export class RankedZone {
  @Field(() => ID) zoneCode!: string;
  @Field(() => Float, { nullable: true, description: 'Weighted total, 0–100 to one decimal.' })
  score!: number | null;
  @Field(() => Int, { nullable: true, description: '1 is best; ties share a rank.' }) rank!: number | null;
  @Field(() => Int, { nullable: true }) previousRank!: number | null;
  @Field(() => Movement, { nullable: true }) movement!: string | null;
  @Field(() => String, { nullable: true, description: '经验介绍 / 表态发言 / 奖励 / 通报批评' }) consequence!:
    | string
    | null;
  @Field(() => Boolean, { description: 'False when some criterion had no data (see missingDataRule).' })
  complete!: boolean;
  @Field(() => [String], { description: 'Codes of the criteria without data.' }) missingCriteria!: string[];
  @Field(() => Float, { description: 'Share of the weight that had data (0–1).' }) coverage!: number;
  @Field(() => [CriterionScore]) criteria!: CriterionScore[];
}

@ObjectType({ description: 'A published version of a period’s ranking.' })
export class RankingPublication {
  @Field(() => Int) version!: number;
  @Field(() => Int) criteriaVersion!: number;
  @Field(() => String) note!: string;
  @Field(() => String) publishedBy!: string;
  @Field(() => String, { description: 'ISO 8601.' }) publishedAt!: string;
}

@ObjectType({ description: 'The zones ranked at one inspection round (季观摩 or 年终总观摩).' })
export class InspectionRanking {
  @Field(() => String) period!: string;
  @Field(() => InspectionKind) kind!: string;
  @Field(() => DateScalar, { nullable: true }) heldOn!: string | null;
  @Field(() => RankingStatus) status!: string;
  @Field(() => Int, { nullable: true, description: 'The published version; null for the draft.' })
  version!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601.' }) publishedAt!: string | null;
  @Field(() => String, { nullable: true }) publishedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'What was reviewed, as said when publishing.' })
  note!: string | null;
  @Field(() => String, { nullable: true }) previousPeriod!: string | null;
  @Field(() => RankingStatus, {
    nullable: true,
    description: 'Movement is measured against the previous period as published, else its draft.',
  })
  previousStatus!: string | null;
  @Field(() => Int, { nullable: true }) previousVersion!: number | null;
  @Field(() => Int) criteriaVersion!: number;
  @Field(() => [InspectionCriterion]) criteria!: InspectionCriterion[];
  @Field(() => String, { description: 'How zones with missing data are scored, zh / en.' })
  missingDataRule!: string;
  @Field(() => String, { description: 'How ties are ranked, zh / en.' }) tieRule!: string;
  @Field(() => Provenance) provenance!: Provenance;
  @Field(() => [RankedZone]) zones!: RankedZone[];
}
