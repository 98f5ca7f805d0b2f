import type { Position } from 'geojson';
import { ringSignedArea } from './winding';

// simplifyCoverage's check of a candidate: the rules PostGIS's ST_IsValid has, and stricter ones it has
// not (a ring keeps its input's orientation; rings touch only at common vertices), with the segments at
// fault, which simplifyCoverage needs to know which borders to keep in more detail. The committed
// simplification is checked once more by PostGIS when the geodata is built.

/** A ring's place in a geometry: [part, ring], ring 0 being the outer one. */
export type RingId = readonly [number, number];

export interface Segment {
  ring: RingId;
  /** Position of the segment in its ring, and the ring's number of segments. */
  index: number;
  count: number;
  a: Position;
  b: Position;
}

/** What makes a candidate geometry unfit to serve. */
export interface Problems {
  /** Rings with fewer than 4 positions, not closed, without area, or turned inside out. */
  collapsed: RingId[];
  /** Segments that cross or touch where they may not. */
  crossing: Segment[];
  /** A hole outside its shell or a part inside another, and the ring that should hold it or keep it out. */
  misplaced: { ring: RingId; by: RingId }[];
}

/**
 * Checks a candidate as a valid (multi)polygon: closed rings of at least 4 positions with area and the
 * input's orientation; then rings that neither touch themselves nor cross each other, touching only at common
 * vertices, as the source's do (ST_MakeValid's output has holes and parts touching at a point); holes inside
 * their shell and parts outside each other.
 */
export function problemsOf(
  parts: readonly Position[][][],
  inputSigns: readonly (readonly number[])[],
): Problems {
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

export function same(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

export function pointKey([x, y]: Position): string {
  return `${x},${y}`;
}

export function ringSign(ring: readonly Position[]): number {
  return Math.sign(ringSignedArea(ring));
}
