import type { Geometry } from 'geojson';

export type Json = Record<string, unknown>;

/** How deep a GeometryCollection may nest; GeoJSON advises against nesting at all. */
const MAX_COLLECTION_DEPTH = 4;

/** Nesting of `coordinates` arrays above one position, per geometry type. */
const COORDINATE_DEPTH: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A position: two to four finite numbers (JSON's 1e999 parses to Infinity, and is refused). */
function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.length <= 4 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function hasCoordinates(value: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(value);
  return Array.isArray(value) && value.every((part) => hasCoordinates(part, depth - 1));
}

export function isGeometry(value: unknown, nesting = 0): value is Geometry {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  if (value.type === 'GeometryCollection') {
    return (
      nesting < MAX_COLLECTION_DEPTH &&
      Array.isArray(value.geometries) &&
      value.geometries.every((part) => isGeometry(part, nesting + 1))
    );
  }
  const depth = COORDINATE_DEPTH[value.type];
  return depth !== undefined && hasCoordinates(value.coordinates, depth);
}
