import type { Geometry, Position } from 'geojson';

/**
 * Rounds every coordinate of a geometry to `decimals` places (6 ≈ 0.1 m, RFC 7946's advice).
 * Rounding can make a valid polygon invalid, so callers that store the result validate it again.
 */
export function roundGeometry<T extends Geometry>(geometry: T, decimals: number): T {
  const factor = 10 ** decimals;
  const roundPosition = (p: Position): Position => p.map((v) => Math.round(v * factor) / factor);
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? roundPosition(c as Position) : (c as unknown[]).map(walk);
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
  }
  return { ...geometry, coordinates: walk(geometry.coordinates) } as T;
}
