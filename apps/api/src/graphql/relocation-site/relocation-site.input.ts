import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class RelocationSiteInput {
  @Field(() => String) villageName!: string;
  @Field(() => ID) zoneCode!: string;
  @Field(() => String) communityName!: string;
  @Field(() => Int) households!: number;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => String, { nullable: true }) startedOn?: string | null;
  @Field(() => GeoJSONScalar, { description: 'The village, a Point.' }) origin!: unknown;
  @Field(() => GeoJSONScalar, { description: 'The resettlement community, a Point.' }) destination!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RelocationSitePatch {
  @Field(() => String, { nullable: true }) villageName?: string | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => String, { nullable: true }) communityName?: string | null;
  @Field(() => Int, { nullable: true }) households?: number | null;
  @Field(() => Int, { nullable: true }) unitsPlanned?: number | null;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => String, { nullable: true }) startedOn?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true }) origin?: unknown;
  @Field(() => GeoJSONScalar, { nullable: true }) destination?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
