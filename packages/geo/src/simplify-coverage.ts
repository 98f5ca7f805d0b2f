import type { Feature, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { ZHOUKOU_EXTENT } from './extent';

/**
 * From this web-map zoom on, {@link simplifyCoverage} returns full detail: a pixel (about 8 m) is then far
 * finer than the source's vertex spacing (about 100 m).
 */
export const FULL_DETAIL_ZOOM = 14;

/** Simplified coordinates are rounded to this many decimals: about 0.1 m, far below a pixel at any zoom. */
export const COVERAGE_DECIMALS = 6;

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
/** A ring's place in a geometry: [part, ring], ring 0 being the outer one. */
type RingId = readonly [number, number];

interface Segment {
  ring: RingId;
  /** Position of the segment in its ring, and the ring's number of segments. */
  index: number;
  count: number;
  a: Position;
  b: Position;
}

/** What makes a candidate geometry unfit to serve. */
interface Problems {
  /** Rings with fewer than 4 positions, not closed, without area, or turned inside out. */
  collapsed: RingId[];
  /** Segments that cross or touch where they may not. */
  crossing: Segment[];
  /** A hole outside its shell or a part inside another, and the ring that should hold it or keep it out. */
  misplaced: { ring: RingId; by: RingId }[];
}

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
 * (outer counter-clockwise); coordinates are rounded to {@link COVERAGE_DECIMALS} decimals.
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
  const scale = 10 ** COVERAGE_DECIMALS;
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
      const round = (value: number) => (exact ? value : Math.round(value * scale) / scale);
      return [round(x), round(y), level >= FULL_LEVEL ? Number.POSITIVE_INFINITY : weight * 2 ** level];
    });
  });
  return { ...topo, arcs };
}

function pointKey([x, y]: Position): string {
  return `${x},${y}`;
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

/**
 * A new geometry with outer rings counter-clockwise and holes clockwise, as RFC 7946 asks. Positions are
 * copied: simplified neighbours would otherwise share the arrays of their common border.
 */
function orientedGeometry(type: CoverageGeometry['type'], parts: readonly Position[][][]): CoverageGeometry {
  const oriented = parts.map((rings) =>
    rings.map((ring, r) => {
      const copy = ring.map((position) => [...position]);
      return signedArea(ring) > 0 === (r === 0) ? copy : copy.reverse();
    }),
  );
  return type === 'Polygon'
    ? { type: 'Polygon', coordinates: oriented[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: oriented };
}

/** Twice the signed planar area of a closed ring: positive when counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

function ringSign(ring: readonly Position[]): number {
  return Math.sign(signedArea(ring));
}

/**
 * Checks a candidate as a valid (multi)polygon: closed rings of at least 4 positions with area and the
 * input's orientation; then rings that neither touch themselves nor cross each other, touching only at common
 * vertices, as the source's do (ST_MakeValid's output has holes and parts touching at a point); holes inside
 * their shell and parts outside each other.
 */
function problemsOf(parts: readonly Position[][][], inputSigns: readonly (readonly number[])[]): Problems {
  const collapsed: RingId[] = [];
  parts.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const sign = ringSign(ring);
      const closed = same(ring[0] ?? [], ring.at(-1) ?? []);
      if (ring.length < 4 || !closed || sign === 0 || sign !== inputSigns[p]?.[r]) collapsed.push([p, r]);
    });
  });
  // A collapsed ring makes crossings of its own; they go once it is mended, so they are not counted.
  if (collapsed.length > 0) return { collapsed, crossing: [], misplaced: [] };
  const crossing = [...crossingSegments(parts), ...crossingsAtVertices(parts)];
  return { collapsed, crossing, misplaced: crossing.length > 0 ? [] : misplacedRings(parts) };
}

/**
 * Segments that meet where they may not: anywhere at all for two of one ring unless consecutive, and
 * anywhere but a common vertex for two rings. Sorted by their west end and swept west to east, each
 * segment is compared only with those whose x-range overlaps its own.
 */
function crossingSegments(parts: readonly Position[][][]): Segment[] {
  const segments = parts.flatMap((rings, p) => rings.flatMap((ring, r) => segmentsOf(ring, [p, r])));
  const west = (s: Segment) => Math.min(s.a[0] ?? 0, s.b[0] ?? 0);
  const east = (s: Segment) => Math.max(s.a[0] ?? 0, s.b[0] ?? 0);
  segments.sort((s, t) => west(s) - west(t));
  const crossing = new Set<Segment>();
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (west(t) > east(s)) break;
      if (!mayMeet(s, t)) crossing.add(s).add(t);
    }
  }
  return [...crossing];
}

function segmentsOf(ring: readonly Position[], id: RingId): Segment[] {
  const segments: Segment[] = [];
  for (let i = 1; i < ring.length; i++) {
    segments.push({ ring: id, index: i - 1, count: ring.length - 1, a: ring[i - 1] ?? [], b: ring[i] ?? [] });
  }
  return segments;
}

function mayMeet(s: Segment, t: Segment): boolean {
  const contact = contactOf(s.a, s.b, t.a, t.b);
  if (contact === 'none') return true;
  if (contact !== 'vertex') return false;
  if (s.ring[0] !== t.ring[0] || s.ring[1] !== t.ring[1]) return true;
  const gap = Math.abs(s.index - t.index);
  return gap === 1 || gap === s.count - 1;
}

/** How two segments meet: not at all, at a vertex of both, at some other single point, or along a stretch. */
type Contact = 'none' | 'vertex' | 'point' | 'overlap';

function contactOf(a: Position, b: Position, c: Position, d: Position): Contact {
  const abc = cross(a, b, c);
  const abd = cross(a, b, d);
  const cda = cross(c, d, a);
  const cdb = cross(c, d, b);
  if (abc * abd > 0 || cda * cdb > 0) return 'none';
  const shared = same(a, c) || same(a, d) || same(b, c) || same(b, d);
  if (abc !== 0 || abd !== 0) return shared ? 'vertex' : 'point';
  // Collinear: compare the two extents along the axis the first segment runs along most.
  const axis = Math.abs((b[0] ?? 0) - (a[0] ?? 0)) >= Math.abs((b[1] ?? 0) - (a[1] ?? 0)) ? 0 : 1;
  const [s0, s1] = [a[axis] ?? 0, b[axis] ?? 0].sort((u, v) => u - v) as [number, number];
  const [t0, t1] = [c[axis] ?? 0, d[axis] ?? 0].sort((u, v) => u - v) as [number, number];
  const overlap = Math.min(s1, t1) - Math.max(s0, t0);
  if (overlap < 0) return 'none';
  if (overlap > 0) return 'overlap';
  return shared ? 'vertex' : 'point';
}

/**
 * Segments of two rings that cross each other at a common vertex: one ring's two edges there lie on
 * either side of the other ring's two edges. Touching at a vertex is valid; passing through one is not.
 */
function crossingsAtVertices(parts: readonly Position[][][]): Segment[] {
  const visits = new Map<string, { prev: Segment; next: Segment }[]>();
  parts.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const segments = segmentsOf(ring, [p, r]);
      segments.forEach((next, k) => {
        const prev = segments[k === 0 ? segments.length - 1 : k - 1] as Segment;
        const key = pointKey(next.a);
        const list = visits.get(key) ?? [];
        list.push({ prev, next });
        visits.set(key, list);
      });
    });
  });
  const crossing: Segment[] = [];
  for (const list of visits.values()) {
    list.forEach((u, i) => {
      for (const v of list.slice(i + 1)) {
        if (separates(u.next.a, u.prev.a, u.next.b, v.prev.a, v.next.b)) {
          crossing.push(u.prev, u.next, v.prev, v.next);
        }
      }
    });
  }
  return crossing;
}

/** Whether the rays from `vertex` to q1 and q2 lie strictly either side of the wedge of those to p1, p2. */
function separates(vertex: Position, p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const bearing = (q: Position) => Math.atan2((q[1] ?? 0) - (vertex[1] ?? 0), (q[0] ?? 0) - (vertex[0] ?? 0));
  const turn = (q: Position) => (((bearing(q) - bearing(p1)) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const wedge = turn(p2);
  const side = (q: Position) => (turn(q) === 0 || turn(q) === wedge ? 0 : turn(q) < wedge ? 1 : -1);
  return side(q1) * side(q2) < 0;
}

/**
 * Holes outside their shell and parts inside another part. Without crossings a ring lies wholly on one side
 * of another, so one point of it tells which: a segment midpoint, as its vertices may be touch points.
 */
function misplacedRings(parts: readonly Position[][][]): Problems['misplaced'] {
  const misplaced: Problems['misplaced'] = [];
  const probe = (ring: readonly Position[]) => midpoint(ring[0] ?? [], ring[1] ?? []);
  parts.forEach((rings, p) => {
    const shell = rings[0] ?? [];
    rings.forEach((hole, r) => {
      if (r > 0 && !isInside(probe(hole), shell)) misplaced.push({ ring: [p, r], by: [p, 0] });
    });
    parts.forEach((other, q) => {
      const point = probe(shell);
      const [otherShell = [], ...otherHoles] = other;
      const inOther =
        q !== p && isInside(point, otherShell) && !otherHoles.some((hole) => isInside(point, hole));
      if (inOther) misplaced.push({ ring: [p, 0], by: [q, 0] });
    });
  });
  return misplaced;
}

function midpoint(a: Position, b: Position): Position {
  return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
}

/** Even–odd ray casting. */
function isInside([x = 0, y = 0]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    if (y0 > y !== y1 > y && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) inside = !inside;
  }
  return inside;
}

/** z of (b − a) × (c − a): positive when c lies left of a→b. */
function cross(a: Position, b: Position, c: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

function same(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}
