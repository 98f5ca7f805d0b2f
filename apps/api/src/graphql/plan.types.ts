import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Provenance } from './common.types';
import { Comparator, InspectionKind, Movement, SearchKind, SourceKind, TargetScope, Unit } from './enums';

@ObjectType({ description: 'A quantified target of the plan, with what the data shows so far.' })
export class PlanTarget {
  @Field(() => Int) id!: number;
  @Field(() => String) metric!: string;
  @Field(() => String, { description: 'The metric in Chinese, as the plan words it.' }) label!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => TargetScope) scope!: string;
  @Field(() => ID, { nullable: true }) zoneCode!: string | null;
  @Field(() => ID, { nullable: true }) clusterCode!: string | null;
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: 'Upper end of a range (1—2家).' }) valueMax!:
    | number
    | null;
  @Field(() => Unit) unit!: string;
  @Field(() => Comparator) comparator!: string;
  @Field(() => Boolean, { description: '力争/争取: a target to strive for.' }) strive!: boolean;
  @Field(() => String, { description: 'The plan’s own words.' }) quote!: string;
  @Field(() => Provenance) provenance!: Provenance;
  @Field(() => Float, {
    nullable: true,
    description: 'What the data shows; null where no data stands behind it.',
  })
  actual!: number | null;
  @Field(() => Float, { nullable: true }) percentReached!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Met by its comparator (≈ from 95%).' }) met!:
    | boolean
    | null;
  @Field(() => SourceKind, {
    nullable: true,
    description: 'The weakest source behind the actual: DEMO if any row was demo.',
  })
  actualSource!: string | null;
}

@ObjectType({ description: 'Project count and investment for one group.' })
export class ProjectTotals {
  @Field(() => String, {
    nullable: true,
    description: 'Zone or cluster code, status, or quarter such as 2014Q2.',
  })
  key!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: '亿元' }) investmentYi!: number;
  @Field(() => SourceKind, { nullable: true }) source!: string | null;
}

@ObjectType({ description: 'The ten zones against the year’s city-wide targets.' })
export class PlanSummary {
  @Field(() => Int) year!: number;
  @Field(() => Int) projectCount!: number;
  @Field(() => Float) projectInvestmentYi!: number;
  @Field(() => Int) targetsWithData!: number;
  @Field(() => Int) targetsMet!: number;
  @Field(() => [PlanTarget]) targets!: PlanTarget[];
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchKind) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) zoneCode!: string | null;
}

@ObjectType({ description: 'A period’s reported figure.' })
export class ProgressReport {
  @Field(() => Int) id!: number;
  @Field(() => String) period!: string;
  @Field(() => String) metric!: string;
  @Field(() => ID, { nullable: true }) zoneCode!: string | null;
  @Field(() => ID, { nullable: true }) clusterCode!: string | null;
  @Field(() => Float) value!: number;
  @Field(() => Int) version!: number;
}

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

@ObjectType()
export class InspectionScore {
  @Field(() => ID) zoneCode!: string;
  @Field(() => Float) score!: number;
  @Field(() => Int) version!: number;
}
