import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { FeatureLayer, SourceKind } from './enums';
import { GeoJSONScalar as GeoJSONInput } from './geojson.scalar';

@ObjectType({ description: 'Where a record (or its geometry) came from.' })
export class Provenance {
  @Field(() => SourceKind)
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The § of the plan, the public citation, or how it was drawn or generated.',
  })
  citation!: string | null;
}

@InputType({ description: 'Where a planner’s data comes from; SURVEYED “entered by you” when omitted.' })
export class ProvenanceInput {
  @Field(() => SourceKind)
  kind!: 'PLAN_TEXT' | 'PUBLIC_SOURCE' | 'APPROXIMATE' | 'SURVEYED' | 'DEMO';

  @Field(() => String)
  citation!: string;
}

@InputType({ description: 'A point and a radius in metres, on the sphere.' })
export class NearInput {
  @Field(() => [Float], { description: '[lng, lat]' })
  point!: number[];

  @Field(() => Float)
  meters!: number;
}

@InputType({ description: 'Within a distance of any feature of another layer (optionally of one kind).' })
export class NearLayerInput {
  @Field(() => FeatureLayer)
  layer!:
    | 'COUNTIES'
    | 'ZONES'
    | 'PROJECTS'
    | 'ROAD_LINKS'
    | 'GRID_PROJECTS'
    | 'FACILITIES'
    | 'RELOCATION_SITES'
    | 'HOUSING_PROJECTS';

  @Field(() => String, {
    nullable: true,
    description: 'A kind within that layer, e.g. SEWAGE_PLANT or SUBSTATION.',
  })
  kind?: string | null;

  @Field(() => Float)
  meters!: number;
}

@InputType({ description: 'Spatial conditions; every one given must hold.' })
export class SpatialFilter {
  @Field(() => [Float], { nullable: true, description: '[west, south, east, north] in degrees' })
  bbox?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Inside this zone’s footprint.' })
  withinZone?: string | null;

  @Field(() => GeoJSONInput, { nullable: true, description: 'Inside this Polygon or MultiPolygon.' })
  within?: unknown;

  @Field(() => GeoJSONInput, { nullable: true, description: 'Intersecting this geometry.' })
  intersects?: unknown;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => NearLayerInput, { nullable: true })
  nearLayer?: NearLayerInput | null;
}

@ObjectType({ description: 'Pagination state, Relay style.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
