import destination from '@turf/destination';
import type { Polygon, Position } from 'geojson';

/** A compass direction in degrees clockwise from north, as the public sources give sides ("southwest of the county seat"). */
export type Bearing = number;

/**
 * A north-aligned square of `areaKm2` beside `seat` in direction `bearing`, its nearest edge or
 * corner `gapKm` from the seat, so the seat itself stays outside the square.
 * Used to draw an approximate zone footprint when only its area and its side of the county seat
 * are published: a square is deliberately schematic, so nobody mistakes it for a surveyed boundary.
 *
 * @example
 * squareBesideSeat([114.86667, 34.06667], 225, 12.5, 0.5) // 太康: 12.5 km² south-west of the seat
 */
export function squareBesideSeat(seat: Position, bearing: Bearing, areaKm2: number, gapKm: number): Polygon {
  if (!(areaKm2 > 0)) throw new RangeError(`area must be positive, got ${areaKm2}`);
  const half = Math.sqrt(areaKm2) / 2;
  // Along `bearing`, a square's centre-to-boundary distance is half a side over the larger of
  // |sin| and |cos|: half a side due north, half a diagonal due north-east.
  const radians = (bearing * Math.PI) / 180;
  const toBoundary = half / Math.max(Math.abs(Math.sin(radians)), Math.abs(Math.cos(radians)));
  const centre = destination(seat, gapKm + toBoundary, bearing).geometry.coordinates;
  const corner = (b: number) => destination(centre, half * Math.SQRT2, b).geometry.coordinates;
  // Counter-clockwise from the south-west corner, as RFC 7946 asks of outer rings.
  const ring = [corner(225), corner(135), corner(45), corner(315)];
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}
