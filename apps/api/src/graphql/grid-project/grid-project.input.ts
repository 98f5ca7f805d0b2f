import type { GridProjectKind as GridProjectKindValue, WorksStatus as WorksStatusValue } from '@atlas/data';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GridProjectKind, WorksStatus } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { writeGeometryDescription } from '../common/geometry-limits.description';
import { LENGTH_RULE, MONEY_RULE, textRule } from '../common/input-rules.description';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class GridProjectInput {
  @Field(() => String, { description: textRule('name') }) name!: string;
  @Field(() => GridProjectKind) kind!: GridProjectKindValue;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Int) voltageKv!: number;
  @Field(() => Int, { nullable: true }) transformerKva?: number | null;
  @Field(() => Float, { nullable: true, description: LENGTH_RULE }) lengthKm?: number | null;
  @Field(() => Float, { description: MONEY_RULE }) investmentYi!: number;
  @Field(() => WorksStatus) status!: WorksStatusValue;
  @Field(() => GeoJSONScalar, {
    description: writeGeometryDescription('A Point for a substation, else a LineString or MultiLineString.'),
  })
  geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class GridProjectPatch {
  @Field(() => String, { nullable: true, description: textRule('name') }) name?: string | null;
  @Field(() => GridProjectKind, { nullable: true }) kind?: GridProjectKindValue | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => Int, { nullable: true }) voltageKv?: number | null;
  @Field(() => Int, { nullable: true }) transformerKva?: number | null;
  @Field(() => Float, { nullable: true, description: LENGTH_RULE }) lengthKm?: number | null;
  @Field(() => Float, { nullable: true, description: MONEY_RULE }) investmentYi?: number | null;
  @Field(() => WorksStatus, { nullable: true }) status?: WorksStatusValue | null;
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: writeGeometryDescription('A Point for a substation, else a LineString or MultiLineString.'),
  })
  geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
