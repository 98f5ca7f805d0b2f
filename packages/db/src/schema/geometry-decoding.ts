import { frozenGeometry } from '@atlas/geo';
import type { Geometry } from 'geojson';
import { LRUCache } from 'lru-cache';
import wkx from 'wkx';

/**
 * Hex EWKB characters of decoded geometries kept at once. A county's boundary is the largest
 * (about 200 k characters); the plan's whole map is under 4 M, so this holds it several times over
 * while a flood of distinct geometries costs no more than this.
 */
const DECODED_HEX_CHARS = 32 * 1024 * 1024;

const decoded = new LRUCache<string, Geometry>({
  maxSize: DECODED_HEX_CHARS,
  sizeCalculation: (_geometry, hex) => Math.max(hex.length, 1),
});

/**
 * The GeoJSON of a geometry as PostgreSQL sends it (hex EWKB), decoded once per distinct value and
 * shared, frozen, by every row that carries the same bytes: the map's layers are read by every
 * request and seldom change, and decoding a county's boundary again each time was most of an
 * uncached answer's garbage. Frozen, so a caller that tried to change a shared geometry would throw;
 * and so its RFC 7946 text is worked out once too (`rfc7946Text`).
 *
 * @example
 * decodedGeometry('0101000020E6100000…') // { type: 'Point', coordinates: [114.65, 33.62] }, frozen
 */
export function decodedGeometry<G extends Geometry>(hex: string): G {
  let geometry = decoded.get(hex);
  if (!geometry) {
    geometry = frozenGeometry(wkx.Geometry.parse(Buffer.from(hex, 'hex')).toGeoJSON() as Geometry);
    decoded.set(hex, geometry);
  }
  return geometry as G;
}
