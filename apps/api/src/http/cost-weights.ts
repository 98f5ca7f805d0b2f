/**
 * What the query cost (query-cost.ts) charges for geometry, in cost units, so the limit of 20,000
 * bounds the answer's bytes and the time the event loop is held, not only the number of fields.
 *
 * One unit is one full-detail vertex written into the answer: about 22 bytes of JSON and, measured
 * on the county polygons, about 7 µs of reading, rewinding and serialising on this 2-core machine.
 * A query at the limit therefore answers at most about 0.5 MB of geometry.
 */

/**
 * Full-detail vertices per feature, from the seeded data (counted with `ST_NPoints`), rounded up:
 * counties average 1,336 (13,358 in all, the largest 1,695), rivers 83 (1,251 over 15 reaches),
 * zone footprints 5, project sites and polygons 2 (at most 5), road links and grid lines 3, points 1.
 * Layers planners write are bounded by the write limits (1,000 positions a geometry), not by this table.
 */
export const FULL_DETAIL_VERTICES: Readonly<Record<string, number>> = {
  County: 1_400,
  River: 100,
  Zone: 5,
  Project: 5,
  RoadLink: 3,
  GridProject: 3,
  Facility: 1,
  RelocationSite: 1,
  HousingProject: 1,
};

/** Layers whose `geometry(zoom:)` comes simplified from the GeometryCache; others ignore the zoom. */
export const COVERAGE_TYPES: ReadonlySet<string> = new Set(['County', 'Zone']);

/**
 * Listing a feature at all reads its full geometry from the database (the row carries it, whatever
 * fields are asked): 15 aliases of `counties { name }` held PGlite's thread 0.56 s, about 0.3 of
 * what writing the same vertices costs.
 */
export const READ_SHARE = 0.3;

/** areaKm2, lengthKm, centroid and bbox walk every full-detail vertex, without writing them. */
export const MEASURE_SHARE = 0.25;
export const MEASURE_FIELDS: ReadonlySet<string> = new Set(['areaKm2', 'lengthKm', 'centroid', 'bbox']);

/**
 * The share of the full-detail vertices a coverage keeps at a web-map zoom: measured on the counties,
 * 25% at zoom 9 and 78% at zoom 12; each two zooms doubles it, up to all of them from zoom 13.
 */
export function simplifiedShare(zoom: number): number {
  return Math.min(1, 2 ** ((Math.max(zoom, 0) - 13) / 2));
}

/**
 * Items an unpaged list is taken to hold: the seeded counts rounded up (200 projects over 10 zones,
 * 20 in the fullest), 10 for any list not named.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.rivers': 15,
  'Query.roadLinks': 16,
  'Query.facilities': 32,
  'Query.relocationSites': 22,
  'Zone.projects': 20,
};
export const DEFAULT_LIST_SIZE = 10;
