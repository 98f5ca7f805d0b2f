import { toRfc7946 } from '@atlas/geo';
import type { Geometry } from 'geojson';
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

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
