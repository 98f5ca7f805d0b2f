import type { Geometry, Position } from 'geojson';

/**
 * Decimals every stored and served coordinate keeps: 1e-6° is about 0.1 m at Zhoukou, the precision
 * RFC 7946 recommends and far below anything the plan or a pixel can show.
 *
 * @example
 * COORDINATE_DECIMALS // 6
 */
export const COORDINATE_DECIMALS = 6;

const SCALE = 10 ** COORDINATE_DECIMALS;

/**
 * One coordinate rounded to {@link COORDINATE_DECIMALS} decimals.
 *
 * @example
 * roundCoordinate(114.6543219) // 114.654322
 */
export function roundCoordinate(value: number): number {
  return Math.round(value * SCALE) / SCALE;
}

/**
 * A new [lng, lat] rounded to {@link COORDINATE_DECIMALS} decimals; a height, if any, is dropped.
 *
 * @example
 * roundPosition([114.6543219, 33.6254441, 52]) // [114.654322, 33.625444]
 */
export function roundPosition(position: Position): Position {
  return [roundCoordinate(position[0] ?? Number.NaN), roundCoordinate(position[1] ?? Number.NaN)];
}

/**
 * A copy of a geometry with every position rounded by {@link roundPosition}; collections are walked.
 *
 * @example
 * roundGeometry({ type: 'Point', coordinates: [114.6543219, 33.6254441] })
 * // { type: 'Point', coordinates: [114.654322, 33.625444] }
 */
export function roundGeometry<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(roundGeometry) };
  }
  return { type: geometry.type, coordinates: roundNested(geometry.coordinates) } as G;
}

function roundNested(coordinates: unknown): unknown {
  const items = coordinates as unknown[];
  return typeof items[0] === 'number' ? roundPosition(items as Position) : items.map(roundNested);
}
