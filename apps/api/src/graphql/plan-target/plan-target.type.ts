import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Comparator, SourceKind, TargetScope, Unit } from '../common/enums';
import { Provenance } from '../common/provenance.type';

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
