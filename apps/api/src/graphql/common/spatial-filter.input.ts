import type { LayerName } from '@atlas/core';
import { Field, Float, InputType } from 'type-graphql';
import { FeatureLayer } from './enums';
import { GeoJSONScalar as GeoJSONInput } from './geojson.scalar';
import { filterGeometryDescription } from './geometry-limits.description';

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
  layer!: LayerName;

  @Field(() => String, {
    nullable: true,
    description:
      'A kind within that layer, e.g. SEWAGE_PLANT or SUBSTATION (a value of its kind enum); any other is refused, naming the kinds there are.',
  })
  kind?: string | null;

  @Field(() => Float)
  meters!: number;
}

@InputType({ description: 'Spatial conditions; every one given must hold.' })
export class SpatialFilter {
  @Field(() => [Float], { nullable: true, description: '[west, south, east, north] in degrees' })
  bbox?: number[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Inside this zone’s footprint; an unknown code is refused, naming it.',
  })
  withinZone?: string | null;

  @Field(() => GeoJSONInput, {
    nullable: true,
    description: filterGeometryDescription('Inside this Polygon or MultiPolygon.'),
  })
  within?: unknown;

  @Field(() => GeoJSONInput, {
    nullable: true,
    description: filterGeometryDescription('Intersecting this geometry.'),
  })
  intersects?: unknown;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => NearLayerInput, { nullable: true })
  nearLayer?: NearLayerInput | null;
}
