import type { Geometry } from 'geojson';
import { toRfc7946 } from './winding';

/**
 * A geometry and everything under it made read-only, so it can be shared between requests (a
 * decoded row, a simplified layer) and its text remembered: any later attempt to change it throws
 * instead of silently changing what every other holder sees.
 *
 * @example
 * const shared = frozenGeometry(wkbDecoded) // Object.isFrozen(shared.coordinates[0]) === true
 */
export function frozenGeometry<G extends Geometry>(geometry: G): G {
  deepFreeze(geometry);
  return geometry;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}

const texts = new WeakMap<Geometry, string>();

/**
 * A geometry's RFC 7946 text, as the API writes it ({@link toRfc7946}: wound, 6 decimals). Worked
 * out once for a frozen geometry — it cannot change, so neither can its text — and every time for
 * any other.
 *
 * @example
 * rfc7946Text(frozenGeometry(countySquare)) // '{"type":"Polygon","coordinates":[[[114.1,33.5],…]]}'
 */
export function rfc7946Text(geometry: Geometry): string {
  const known = texts.get(geometry);
  if (known !== undefined) return known;
  const text = JSON.stringify(toRfc7946(geometry));
  if (Object.isFrozen(geometry)) texts.set(geometry, text);
  return text;
}
