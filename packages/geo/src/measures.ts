import area from '@turf/area';
import turfBbox from '@turf/bbox';
import centerOfMass from '@turf/center-of-mass';
import length from '@turf/length';
import type { Geometry, Point } from 'geojson';
import { roundPosition } from './precision';

/**
 * Area in km² on the sphere; 0 for points and lines.
 *
 * @example
 * areaKm2(zone.footprint) // 12.5
 */
export function areaKm2(geometry: Geometry): number {
  return area(geometry) / 1e6;
}

/** Length in km on the sphere of a line's parts; 0 for points and polygons. */
export function lengthKm(geometry: Geometry): number {
  if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') return 0;
  return length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' });
}

/** The centre of mass: for a polygon the area-weighted centroid, for a point the point itself. */
export function centroid(geometry: Geometry): Point {
  const c = centerOfMass(geometry).geometry.coordinates;
  return { type: 'Point', coordinates: roundPosition(c) };
}

/** [west, south, east, north] in degrees. */
export function bbox(geometry: Geometry): [number, number, number, number] {
  const [w, s, e, n] = turfBbox(geometry);
  return [w, s, e, n];
}
