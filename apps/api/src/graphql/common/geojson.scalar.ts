import rewind from '@turf/rewind';
import type { Geometry } from 'geojson';
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function roundCoordinates(c: unknown): unknown {
  return typeof (c as unknown[])[0] === 'number'
    ? (c as number[]).slice(0, 2).map(round6)
    : (c as unknown[]).map(roundCoordinates);
}

/** A geometry as RFC 7946 asks: outer rings counter-clockwise, holes clockwise, at most 6 decimals. */
export function toRfc7946(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection')
    return { ...geometry, geometries: geometry.geometries.map(toRfc7946) };
  const wound =
    geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'
      ? (rewind(geometry) as Geometry)
      : geometry;
  return {
    type: wound.type,
    coordinates: roundCoordinates((wound as { coordinates: unknown }).coordinates),
  } as Geometry;
}

/**
 * `GeoJSON`: an RFC 7946 geometry object, WGS 84 [lng, lat]. Output is normalized; input is passed
 * to the domain, which validates it and answers BAD_USER_INPUT with each problem named.
 */
export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description:
    'An RFC 7946 geometry object: WGS 84 [lng, lat], outer rings counter-clockwise, at most 6 decimals.',
  serialize: (value) => toRfc7946(value as Geometry),
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) {
      throw new GraphQLError(
        'GeoJSON 须为几何对象 / GeoJSON must be a geometry object such as { type: "Point", coordinates: [114.6, 33.6] }',
      );
    }
    return valueFromASTUntyped(ast, variables);
  },
});
