import type { RoadLinkKind as RoadLinkKindValue } from '@atlas/data';
import { Field, Float, ID, InputType } from 'type-graphql';
import { RoadLinkKind } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { writeGeometryDescription } from '../common/geometry-limits.description';
import { LENGTH_RULE, MONEY_RULE, textRule } from '../common/input-rules.description';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class RoadLinkInput {
  @Field(() => String, { description: textRule('name') }) name!: string;
  @Field(() => RoadLinkKind) kind!: RoadLinkKindValue;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Float, { nullable: true, description: MONEY_RULE }) investmentYi?: number | null;
  @Field(() => Float, { nullable: true, description: `${LENGTH_RULE} Measured from the line when omitted.` })
  lengthKm?: number | null;
  @Field(() => GeoJSONScalar, { description: writeGeometryDescription('A LineString or MultiLineString.') })
  geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RoadLinkPatch {
  @Field(() => String, { nullable: true, description: textRule('name') }) name?: string | null;
  @Field(() => RoadLinkKind, { nullable: true }) kind?: RoadLinkKindValue | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Float, { nullable: true, description: MONEY_RULE }) investmentYi?: number | null;
  @Field(() => Float, { nullable: true, description: LENGTH_RULE }) lengthKm?: number | null;
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: writeGeometryDescription('A LineString or MultiLineString.'),
  })
  geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
