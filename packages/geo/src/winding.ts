import rewind from '@turf/rewind';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { roundGeometry } from './precision';

/**
 * A copy of a geometry whose polygons wind as RFC 7946 asks: outer rings counter-clockwise, holes
 * clockwise (by `@turf/rewind`). Points and lines come back as they are: a line's direction means
 * something (a road's, a flow's) and is never turned.
 *
 * @example
 * windRfc7946(clockwiseSquare).coordinates[0] // the same corners, counter-clockwise
 */
export function windRfc7946<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(windRfc7946) };
  }
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  return rewind(geometry as Polygon | MultiPolygon, { mutate: false }) as G;
}

/**
 * A geometry as the API serves it (RFC 7946): polygons wound by {@link windRfc7946}, positions
 * rounded to 6 decimals without height. The input is never mutated.
 *
 * @example
 * toRfc7946(row.footprint) // what GraphQL's GeoJSON scalar writes
 */
export function toRfc7946<G extends Geometry>(geometry: G): G {
  return roundGeometry(windRfc7946(geometry));
}

/**
 * Twice a closed ring's signed planar area in square degrees: positive when the ring runs
 * counter-clockwise, negative clockwise, 0 when it has no area. Taken about the first corner, so
 * large coordinates cost no precision.
 *
 * @example
 * Math.sign(ringSignedArea(outerRing)) // 1 once wound as RFC 7946 asks
 */
export function ringSignedArea(ring: readonly Position[]): number {
  const [x0 = 0, y0 = 0] = ring[0] ?? [];
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }
  return sum;
}
