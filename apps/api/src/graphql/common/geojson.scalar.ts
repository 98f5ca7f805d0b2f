import { rfc7946Text, toRfc7946 } from '@atlas/geo';
import type { Geometry } from 'geojson';
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { RawJsonSplice } from '../../http/raw-json';
import { currentRequest } from '../../http/request-scope';

/**
 * `GeoJSON`: an RFC 7946 geometry object, WGS 84 [lng, lat]. Output is normalized; input is passed
 * to the domain, which validates it and answers BAD_USER_INPUT with each problem named.
 *
 * Within an HTTP request the output goes into the answer as text (see RawJsonSplice): a shared,
 * frozen geometry's text is written once for all requests. Outside one (a test executing the
 * schema directly) it is the object.
 */
function serializeGeometry(value: unknown): unknown {
  const scope = currentRequest();
  if (!scope) return toRfc7946(value as Geometry);
  scope.rawJson ??= new RawJsonSplice();
  return scope.rawJson.insert(rfc7946Text(value as Geometry));
}

export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description:
    'An RFC 7946 geometry object: WGS 84 [lng, lat], outer rings counter-clockwise, at most 6 decimals.',
  serialize: serializeGeometry,
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
