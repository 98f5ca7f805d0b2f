import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GridProjectKind, WorksStatus } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class GridProjectInput {
  @Field(() => String) name!: string;
  @Field(() => GridProjectKind) kind!: 'SUBSTATION' | 'LINE';
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Int) voltageKv!: number;
  @Field(() => Int, { nullable: true }) transformerKva?: number | null;
  @Field(() => Float, { nullable: true }) lengthKm?: number | null;
  @Field(() => Float) investmentYi!: number;
  @Field(() => WorksStatus) status!: 'PLANNED' | 'CONTINUED' | 'NEW' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  @Field(() => GeoJSONScalar) geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class GridProjectPatch {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => GridProjectKind, { nullable: true }) kind?: 'SUBSTATION' | 'LINE' | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Int, { nullable: true }) voltageKv?: number | null;
  @Field(() => Int, { nullable: true }) transformerKva?: number | null;
  @Field(() => Float, { nullable: true }) lengthKm?: number | null;
  @Field(() => Float, { nullable: true }) investmentYi?: number | null;
  @Field(() => WorksStatus, { nullable: true }) status?:
    | 'PLANNED'
    | 'CONTINUED'
    | 'NEW'
    | 'UNDER_CONSTRUCTION'
    | 'OPERATING'
    | null;
  @Field(() => GeoJSONScalar, { nullable: true }) geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
