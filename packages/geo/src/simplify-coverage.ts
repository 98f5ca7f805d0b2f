import type { Feature, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import {
  type Problems,
  pointKey,
  problemsOf,
  type RingId,
  ringSign,
  type Segment,
  same,
} from './coverage-validity';
import { ZHOUKOU_EXTENT } from './extent';
import { roundCoordinate } from './precision';
import { windRfc7946 } from './winding';

/**
 * From this web-map zoom on, {@link simplifyCoverage} returns full detail: a pixel (about 8 m) is then far
 * finer than the source's vertex spacing (about 100 m).
 */
export const FULL_DETAIL_ZOOM = 14;

const ZHOUKOU_LATITUDE = (ZHOUKOU_EXTENT.south + ZHOUKOU_EXTENT.north) / 2;

// An arc involved in a collapse or a crossing goes a level up and the coverage is simplified again: each
// level halves the arc's weight threshold, FULL_LEVEL keeps all its vertices and EXACT_LEVEL also leaves its
// coordinates unrounded, for slivers narrower than the rounding step, which rounding would flatten.
const FULL_LEVEL = 11;
const EXACT_LEVEL = FULL_LEVEL + 1;
// Each round raises at least one arc; this many leaves room for several arcs in turn to go all the way up.
const MAX_ROUNDS = 4 * EXACT_LEVEL;

// @types/topojson-server and @types/topojson-simplify disagree on the properties type (GeoJSON's or `{}`);
// the simplifier's is used throughout, as nothing here reads TopoJSON properties.
type CoverageTopology = ReturnType<typeof presimplify>;
type PolygonObject = Extract<CoverageTopology['objects'][string], { type: 'Polygon' | 'MultiPolygon' }>;
type CoverageGeometry = Polygon | MultiPolygon;
/**
 * Douglas–Peucker-like tolerance in degrees for a web-map zoom: about one screen pixel (256-px tiles)
 * at that zoom at Zhoukou's latitude.
 *
 * @example
 * toleranceForZoom(7) // ≈ 0.0091°, about 1 km
 */
export function toleranceForZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) throw new RangeError(`zoom must be a finite number, got ${zoom}`);
  // A Web Mercator pixel spans 360 / (256 · 2^zoom) degrees of longitude but only cos(latitude) times
  // that of latitude; the smaller of the two keeps the tolerance within a pixel in both directions.
  return (360 / (256 * 2 ** zoom)) * Math.cos((ZHOUKOU_LATITUDE * Math.PI) / 180);
}

/**
 * Simplifies a set of polygons that tile a region (a coverage) together, so shared borders stay shared.
 * Returns features in the same order with the same properties, geometry replaced. zoom undefined or
 * >= {@link FULL_DETAIL_ZOOM} returns the input geometry unchanged (full detail).
 *
 * Each border between two junctions is one TopoJSON arc, simplified once (Visvalingam) and used by both
 * neighbours, so they still meet exactly. No ring collapses, crosses itself or crosses another ring: where
 * one would, the arcs involved keep more vertices, for both neighbours alike. Rings follow RFC 7946
 * (outer counter-clockwise); coordinates are rounded to 6 decimals (`roundCoordinate`).
 *
 * @example
 * const cityView = simplifyCoverage(counties.features, 7); // under a third of the vertices, same borders
 */
export function simplifyCoverage<P>(
  features: readonly Feature<CoverageGeometry, P>[],
  zoom: number | undefined,
): Feature<CoverageGeometry, P>[] {
  if (zoom === undefined || zoom >= FULL_DETAIL_ZOOM) {
    return features.map((input) => withGeometry(input, structuredClone(input.geometry)));
  }
  const minWeight = minWeightForZoom(zoom);
  // topojson-server builds its arcs from the input's own position arrays; a copy keeps the input untouched.
  const coverage: GeometryCollection<CoverageGeometry> = {
    type: 'GeometryCollection',
    geometries: features.map((input) => structuredClone(input.geometry)),
  };
  const topo = topology({ coverage }) as CoverageTopology;
  const objects = polygonObjects(topo);
  const arcRings = objects.map((object) => (object.type === 'Polygon' ? [object.arcs] : object.arcs));
  const featuresOfArc = indexFeaturesByArc(arcRings);
  const inputSigns = features.map((input) => partsOf(input.geometry).map((rings) => rings.map(ringSign)));
  const weighted = presimplify(topo);
  const levels = new Array<number>(topo.arcs.length).fill(0);

  const candidates: (CoverageGeometry | undefined)[] = features.map(() => undefined);
  let pending = new Set(features.keys());
  for (let round = 0; round < MAX_ROUNDS && pending.size > 0; round++) {
    const simplified = simplify(atLevels(weighted, levels), minWeight);
    const raises = new Map<number, number>();
    for (const i of pending) {
      const object = objects[i] as PolygonObject;
      const parts = partsOf(toGeoJson(simplified, object)).map((rings) => rings.map(withoutRepeats));
      const problems = problemsOf(parts, inputSigns[i] ?? []);
      const fit = Object.values(problems).every((list) => list.length === 0);
      candidates[i] = fit ? orientedGeometry(object.type, parts) : undefined;
      planRaises(problems, arcRings[i] ?? [], simplified, levels, raises);
    }
    pending = new Set();
    for (const [arc, level] of raises) {
      if (levels[arc] === level) continue;
      levels[arc] = level;
      for (const i of featuresOfArc[arc] ?? []) pending.add(i);
    }
  }
  // Mending that does not settle (never seen on the county data; an invalid input feature would do it) gives
  // the whole coverage at full detail: every border still shared, and every feature as valid as it came.
  const settled = pending.size === 0 && candidates.every((candidate) => candidate !== undefined);
  return features.map((input, i) => {
    const geometry = settled ? candidates[i] : undefined;
    return withGeometry(input, geometry ?? orientedGeometry(input.geometry.type, partsOf(input.geometry)));
  });
}

/**
 * Visvalingam's minimum effective area, in squared degrees, for a zoom.
 * A vertex is dropped when the triangle it forms with its neighbours is smaller than tolerance²: a vertex
 * one pixel off a line between neighbours two pixels apart, or half a pixel off one four pixels long.
 * Smaller wiggles do not show at that zoom; larger ones do, and stay.
 */
function minWeightForZoom(zoom: number): number {
  return toleranceForZoom(zoom) ** 2;
}

/**
 * The presimplified arcs with each arc's weights scaled to its level and its positions rounded.
 * Level n applies minWeight / 2ⁿ to the arc; see FULL_LEVEL and EXACT_LEVEL. Levels belong to arcs, not to
 * features, so both neighbours of a raised border get the same extra vertices and it stays shared.
 */
function atLevels(topo: CoverageTopology, levels: readonly number[]): CoverageTopology {
  // An arc's ends are junctions shared with other arcs: they are left unrounded in all of them or in none,
  // or rings would not close and neighbours would not meet.
  const exactEnds = new Set<string>();
  topo.arcs.forEach((arc, i) => {
    if ((levels[i] ?? 0) < EXACT_LEVEL) return;
    for (const end of [arc[0], arc.at(-1)]) exactEnds.add(pointKey(end ?? []));
  });
  const arcs = topo.arcs.map((arc, i) => {
    const level = levels[i] ?? 0;
    const last = arc.length - 1;
    return arc.map(([x = Number.NaN, y = Number.NaN, weight = Number.POSITIVE_INFINITY], k) => {
      const exact = level >= EXACT_LEVEL || ((k === 0 || k === last) && exactEnds.has(pointKey([x, y])));
      const round = (value: number) => (exact ? value : roundCoordinate(value));
      return [round(x), round(y), level >= FULL_LEVEL ? Number.POSITIVE_INFINITY : weight * 2 ** level];
    });
  });
  return { ...topo, arcs };
}

/**
 * Records in `raises` the new level of each arc involved in a problem. A collapsed ring goes straight to
 * full detail; a crossing raises the arcs of the two segments a level; a misplaced ring raises its own arcs
 * and those of the other ring that pass within its bounding box, as those are what moved across it.
 */
function planRaises(
  problems: Problems,
  rings: readonly number[][][],
  topo: CoverageTopology,
  levels: readonly number[],
  raises: Map<number, number>,
): void {
  const arcsOf = ([part, ring]: RingId) => (rings[part]?.[ring] ?? []).map((arc) => (arc < 0 ? ~arc : arc));
  const raise = (arc: number, atLeast = 0) => {
    const level = Math.max((levels[arc] ?? 0) + 1, atLeast);
    raises.set(arc, Math.min(Math.max(level, raises.get(arc) ?? 0), EXACT_LEVEL));
  };
  for (const ring of problems.collapsed) for (const arc of arcsOf(ring)) raise(arc, FULL_LEVEL);
  for (const segment of problems.crossing) {
    const holding = arcsOf(segment.ring).filter((arc) => holdsSegment(topo.arcs[arc] ?? [], segment));
    for (const arc of holding.length > 0 ? holding : arcsOf(segment.ring)) raise(arc);
  }
  for (const { ring, by } of problems.misplaced) {
    const box = boundsOf(arcsOf(ring).flatMap((arc) => topo.arcs[arc] ?? []));
    const near = arcsOf(by).filter((arc) => overlaps(boundsOf(topo.arcs[arc] ?? []), box));
    for (const arc of [...arcsOf(ring), ...(near.length > 0 ? near : arcsOf(by))]) raise(arc);
  }
}

function holdsSegment(arc: readonly Position[], { a, b }: Segment): boolean {
  for (let k = 1; k < arc.length; k++) {
    const p = arc[k - 1] ?? [];
    const q = arc[k] ?? [];
    if ((same(p, a) && same(q, b)) || (same(p, b) && same(q, a))) return true;
  }
  return false;
}

type Bounds = readonly [number, number, number, number];

function boundsOf(positions: readonly Position[]): Bounds {
  const xs = positions.map((position) => position[0] ?? 0);
  const ys = positions.map((position) => position[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function overlaps([west, south, east, north]: Bounds, other: Bounds): boolean {
  return west <= other[2] && other[0] <= east && south <= other[3] && other[1] <= north;
}

function polygonObjects(topo: CoverageTopology): PolygonObject[] {
  const coverage = topo.objects.coverage;
  if (coverage?.type !== 'GeometryCollection') throw new Error('topology has no coverage collection');
  return coverage.geometries.map((object) => {
    if (object.type !== 'Polygon' && object.type !== 'MultiPolygon') {
      throw new TypeError(`coverage features must be polygons, got ${object.type}`);
    }
    return object;
  });
}

function indexFeaturesByArc(arcRings: readonly number[][][][]): number[][] {
  const byArc: number[][] = [];
  arcRings.forEach((parts, i) => {
    for (const arc of parts.flat(2)) {
      const index = arc < 0 ? ~arc : arc;
      byArc[index] = [...(byArc[index] ?? []), i];
    }
  });
  return byArc;
}

function toGeoJson(topo: CoverageTopology, object: PolygonObject): CoverageGeometry {
  return object.type === 'Polygon' ? feature(topo, object).geometry : feature(topo, object).geometry;
}

function partsOf(geometry: CoverageGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function withGeometry<P>(
  input: Feature<CoverageGeometry, P>,
  geometry: CoverageGeometry,
): Feature<CoverageGeometry, P> {
  // The input's bbox, if any, would no longer be tight: left out rather than kept stale.
  const { bbox: _bbox, ...rest } = input;
  return { ...rest, geometry };
}

/** Drops consecutive repeats: rounding merges vertices closer than its step; topojson-client pads rings. */
function withoutRepeats(ring: readonly Position[]): Position[] {
  const kept: Position[] = [];
  for (const position of ring) {
    const last = kept.at(-1);
    if (last === undefined || !same(last, position)) kept.push(position);
  }
  return kept;
}

/** RFC 7946's winding; positions copied, as simplified neighbours would otherwise share their border's arrays. */
function orientedGeometry(type: CoverageGeometry['type'], parts: readonly Position[][][]): CoverageGeometry {
  const coordinates = parts.map((rings) => rings.map((ring) => ring.map((position) => [...position])));
  return windRfc7946(
    type === 'Polygon'
      ? { type: 'Polygon', coordinates: coordinates[0] ?? [] }
      : { type: 'MultiPolygon', coordinates },
  );
}
