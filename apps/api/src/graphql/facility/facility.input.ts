import type { FacilityLevel as FacilityLevelValue, WorksStatus as WorksStatusValue } from '@atlas/data';
import { Field, Float, ID, InputType } from 'type-graphql';
import { FacilityKind, FacilityLevel, WorksStatus } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { writeGeometryDescription } from '../common/geometry-limits.description';
import { CAPACITY_RULE, textRule } from '../common/input-rules.description';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class FacilityInput {
  @Field(() => String, { description: textRule('name') }) name!: string;
  @Field(() => FacilityKind) kind!: never;
  @Field(() => FacilityLevel, { nullable: true }) level?: FacilityLevelValue | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => WorksStatus) status!: WorksStatusValue;
  @Field(() => Float, { nullable: true, description: CAPACITY_RULE }) capacity?: number | null;
  @Field(() => String, { nullable: true, description: textRule('unit', 'Such as t/day. ') }) capacityUnit?:
    | string
    | null;
  @Field(() => GeoJSONScalar, { description: writeGeometryDescription('A Point.') }) geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class FacilityPatch {
  @Field(() => String, { nullable: true, description: textRule('name') }) name?: string | null;
  @Field(() => FacilityKind, { nullable: true }) kind?: never;
  @Field(() => FacilityLevel, { nullable: true }) level?: FacilityLevelValue | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => WorksStatus, { nullable: true }) status?: WorksStatusValue | null;
  @Field(() => Float, { nullable: true, description: CAPACITY_RULE }) capacity?: number | null;
  @Field(() => String, { nullable: true, description: textRule('unit', 'Such as t/day. ') }) capacityUnit?:
    | string
    | null;
  @Field(() => GeoJSONScalar, { nullable: true, description: writeGeometryDescription('A Point.') })
  geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
