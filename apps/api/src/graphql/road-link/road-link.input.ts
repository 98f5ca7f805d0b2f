import { Field, Float, ID, InputType } from 'type-graphql';
import { RoadLinkKind } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class RoadLinkInput {
  @Field(() => String) name!: string;
  @Field(() => RoadLinkKind) kind!: 'RECONSTRUCTION_PREWORK' | 'CONTINUED' | 'NEW' | 'REPAIR';
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => Float, { nullable: true, description: 'Measured from the line when omitted.' }) lengthKm?:
    | number
    | null;
  @Field(() => GeoJSONScalar) geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RoadLinkPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => RoadLinkKind, { nullable: true }) kind?:
    | 'RECONSTRUCTION_PREWORK'
    | 'CONTINUED'
    | 'NEW'
    | 'REPAIR'
    | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => Float, { nullable: true }) lengthKm?: number | null;
  @Field(() => GeoJSONScalar, { nullable: true }) geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
