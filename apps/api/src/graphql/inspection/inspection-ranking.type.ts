import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { InspectionKind, Movement } from '../common/enums';
import { Provenance } from '../common/provenance.type';

@ObjectType({ description: 'A zone’s place in an inspection round.' })
export class RankedZone {
  @Field(() => ID) zoneCode!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Int, { nullable: true, description: '1 is best; ties share a rank.' }) rank!: number | null;
  @Field(() => Int, { nullable: true }) previousRank!: number | null;
  @Field(() => Movement, { nullable: true }) movement!: string | null;
  @Field(() => String, { nullable: true, description: '经验介绍 / 表态发言 / 奖励 / 通报批评' }) consequence!:
    | string
    | null;
}

@ObjectType({ description: 'The zones ranked at one inspection round (季观摩 or 年终总观摩).' })
export class InspectionRanking {
  @Field(() => String) period!: string;
  @Field(() => InspectionKind) kind!: string;
  @Field(() => String, { nullable: true }) heldOn!: string | null;
  @Field(() => String, { nullable: true }) previousPeriod!: string | null;
  @Field(() => Provenance) provenance!: Provenance;
  @Field(() => [RankedZone]) zones!: RankedZone[];
}
