import { frozenGeometry } from '@atlas/geo';
import type { MultiPolygon, Position } from 'geojson';
import countyZoomsJson from '../../geo/counties-by-zoom.json' with { type: 'json' };
import { COUNTY_POLYGONS } from './counties';

/**
 * The web-map zooms whose simplified county polygons are committed: 0 … 13. From 14 on a pixel is finer
 * than the source's vertex spacing and the full polygons are served.
 */
export const COUNTY_ZOOMS = Array.from({ length: 14 }, (_, zoom) => zoom);

/**
 * Each simplified ring is a subsequence of its full-detail ring, so it is written as the indices of the
 * vertices it keeps: the first index (as -1 - index when the ring runs the other way, rewound), then
 * the steps between kept vertices, a run of k single steps as -k. Ten counties at fourteen zooms fit in a few tens of KB instead of a megabyte of coordinates, and
 * decoding moves no vertex.
 */
export type EncodedRing = number[];

/** Per zoom, per adcode, per part, per ring. */
export type CountyZoomsFile = Record<string, Record<string, EncodedRing[][]>>;

const key = ([x, y]: Position) => `${x},${y}`;

/**
 * Writes a simplified ring as indices into its full-detail ring (both closed).
 *
 * @example
 * encodeRing([[0,0],[1,0],[1,1],[0,1],[0,0]], [[1,0],[1,1],[0,1],[1,0]]) // [1, -2]
 */
export function encodeRing(full: readonly Position[], simplified: readonly Position[]): EncodedRing {
  const count = full.length - 1;
  const index = new Map(full.slice(0, -1).map((position, i) => [key(position), i]));
  const kept = simplified.slice(0, -1).map((position) => {
    const i = index.get(key(position));
    if (i === undefined) throw new Error(`simplified vertex ${key(position)} is not a full-detail vertex`);
    return i;
  });
  const [first = 0, second = 0] = kept;
  const backwards = kept.length > 1 && (first - second + count) % count < (second - first + count) % count;
  const encoded: EncodedRing = [backwards ? -1 - first : first];
  for (let k = 1; k < kept.length; k++) {
    const step = ((backwards ? -1 : 1) * ((kept[k] ?? 0) - (kept[k - 1] ?? 0)) + count) % count;
    const last = encoded.length > 1 ? (encoded.at(-1) ?? 0) : 0;
    if (step === 1 && last < 0) encoded[encoded.length - 1] = last - 1;
    else encoded.push(step === 1 ? -1 : step);
  }
  return encoded;
}

/**
 * The ring {@link encodeRing} wrote, closed, its positions those of `full`.
 *
 * @example
 * decodeRing(square, [1, -2]) // [[1,0],[1,1],[0,1],[1,0]]
 */
export function decodeRing(full: readonly Position[], encoded: EncodedRing): Position[] {
  const count = full.length - 1;
  const [start = 0, ...steps] = encoded;
  const direction = start < 0 ? -1 : 1;
  const indices = [start < 0 ? -1 - start : start];
  for (const step of steps) {
    const repeat = step < 0 ? -step : 1;
    const size = direction * (step < 0 ? 1 : step);
    for (let k = 0; k < repeat; k++) indices.push(((indices.at(-1) ?? 0) + size + count) % count);
  }
  const ring = indices.map((i) => [...(full[i] ?? [])]);
  return [...ring, [...(ring[0] ?? [])]];
}

const FILE = countyZoomsJson as unknown as { zooms: CountyZoomsFile };
const decoded = new Map<number, Map<string, MultiPolygon>>();

/**
 * A county's polygon simplified for a web-map zoom at build time (scripts/build-county-zooms.ts),
 * borders still shared with its neighbours; undefined for an unknown adcode or a zoom with nothing
 * committed (from 14 on, serve the full polygon).
 *
 * @example
 * countyAtZoom('411602', 9)?.coordinates[0]?.[0]?.length // a fraction of the full ring's vertices
 */
export function countyAtZoom(adcode: string, zoom: number): MultiPolygon | undefined {
  let byAdcode = decoded.get(zoom);
  if (!byAdcode) {
    byAdcode = decodeZoom(FILE.zooms[String(zoom)] ?? {});
    decoded.set(zoom, byAdcode);
  }
  return byAdcode.get(adcode);
}

function decodeZoom(encoded: Record<string, EncodedRing[][]>): Map<string, MultiPolygon> {
  const byAdcode = new Map<string, MultiPolygon>();
  for (const feature of COUNTY_POLYGONS.features) {
    const parts = encoded[feature.properties.adcode];
    if (!parts) continue;
    const coordinates = parts.map((rings, p) =>
      rings.map((ring, r) => decodeRing(feature.geometry.coordinates[p]?.[r] ?? [], ring)),
    );
    // Shared by every request: frozen, so its text is worked out once (rfc7946Text).
    byAdcode.set(feature.properties.adcode, frozenGeometry({ type: 'MultiPolygon', coordinates }));
  }
  return byAdcode;
}
