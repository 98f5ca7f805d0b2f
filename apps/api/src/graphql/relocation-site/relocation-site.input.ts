import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { writeGeometryDescription } from '../common/geometry-limits.description';
import { textRule } from '../common/input-rules.description';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class RelocationSiteInput {
  @Field(() => String, { description: textRule('name') }) villageName!: string;
  @Field(() => ID) zoneCode!: string;
  @Field(() => String, { description: textRule('name') }) communityName!: string;
  @Field(() => Int) households!: number;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => GeoJSONScalar, { description: writeGeometryDescription('The village, a Point.') })
  origin!: unknown;
  @Field(() => GeoJSONScalar, {
    description: writeGeometryDescription('The resettlement community, a Point.'),
  })
  destination!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType()
export class RelocationSitePatch {
  @Field(() => String, { nullable: true, description: textRule('name') }) villageName?: string | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => String, { nullable: true, description: textRule('name') }) communityName?: string | null;
  @Field(() => Int, { nullable: true }) households?: number | null;
  @Field(() => Int, { nullable: true }) unitsPlanned?: number | null;
  @Field(() => Int, { nullable: true }) unitsStarted?: number | null;
  @Field(() => Int, { nullable: true }) unitsCompleted?: number | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: writeGeometryDescription('The village, a Point.'),
  })
  origin?: unknown;
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: writeGeometryDescription('The resettlement community, a Point.'),
  })
  destination?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
