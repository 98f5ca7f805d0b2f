import type { Geometry, Position } from 'geojson';
import { ACCEPTED_EXTENT, isInAcceptedExtent } from './extent';
import { checkGeometryLimits, type GeometryLimits } from './geometry-limits';
import {
  describe,
  format,
  GEOMETRY_TYPE_NAMES,
  type GeometryProblem,
  type GeometryProblemCode,
  type GeometryTypeName,
  type Issue,
  isLat,
  isLng,
  notAnObject,
  offTheGlobeHint,
  preview,
  typeNotAllowed,
  unknownType,
} from './geometry-problems';
import { COORDINATE_DECIMALS, roundCoordinate, roundPosition } from './precision';
import { windRfc7946 } from './winding';

/**
 * The outcome of {@link validateGeometry}: the normalized geometry, or every problem found.
 *
 * @example
 * const result: GeometryValidation<Polygon> = validateGeometry(input, { allowed: ['Polygon'] });
 */
export type GeometryValidation<T extends Geometry = Geometry> =
  | { ok: true; geometry: T }
  | { ok: false; problems: GeometryProblem[] };

/**
 * Options for {@link validateGeometry}.
 *
 * @example
 * const options: ValidateGeometryOptions = { allowed: ['Polygon', 'MultiPolygon'] };
 */
export interface ValidateGeometryOptions {
  /** The types this caller stores; any other type is a TYPE_NOT_ALLOWED problem. All six when omitted. */
  allowed?: readonly GeometryTypeName[];
  /** Checked first, in one pass that stops at the first limit passed; nothing else runs on a geometry over them. */
  limits?: GeometryLimits;
}

/**
 * Checks a geometry sent by a client before anything is written, and returns either a normalized copy
 * (RFC 7946: 6 decimals, no height, counter-clockwise outer rings, clockwise holes, no repeated
 * consecutive positions) or all the problems found, each with a bilingual message and a path.
 * Every check is linear in the input's size; over `limits`, only that one problem is reported.
 * Whether rings cross or touch is left to PostGIS (ST_IsValidDetail), whose verdict the table's CHECK
 * repeats. Problems that follow from an earlier one are not reported. The input is never mutated.
 *
 * @example
 * const result = validateGeometry<Polygon>(args.footprint, { allowed: ['Polygon'] });
 * if (!result.ok) throw new GraphQLError('Invalid geometry', { extensions: { problems: result.problems } });
 */
export function validateGeometry<T extends Geometry = Geometry>(
  input: unknown,
  options: ValidateGeometryOptions = {},
): GeometryValidation<T> {
  if (!isPlainObject(input)) return failure([notAnObject(input)]);
  const overLimit = options.limits && checkGeometryLimits(input, options.limits);
  if (overLimit) return { ok: false, problems: [overLimit] };
  const { type } = input;
  if (!isGeometryTypeName(type)) return failure([unknownType(type)]);
  const issues: Issue[] = [];
  if (options.allowed && !options.allowed.includes(type)) issues.push(typeNotAllowed(type, options.allowed));
  const coordinates = READERS[type](input.coordinates, 'coordinates', issues);
  if (coordinates === undefined || issues.length > 0) return failure(issues);
  const geometry = windRfc7946({ type, coordinates } as Geometry);
  return { ok: true, geometry: geometry as T };
}

/** A well-formed position as sent, height dropped, not yet rounded. */
type LngLat = [number, number];

type Reader = (value: unknown, path: string, issues: Issue[]) => unknown;

const NOUNS = {
  position: { zh: '坐标 [经度, 纬度]', en: 'a position [lng, lat]' },
  positions: { zh: '坐标数组', en: 'an array of positions' },
  lines: { zh: '线的数组', en: 'an array of lines' },
  rings: { zh: '环的数组', en: 'an array of rings' },
  polygons: { zh: '多边形的数组', en: 'an array of polygons' },
} as const;

type Noun = (typeof NOUNS)[keyof typeof NOUNS];

const READERS: Record<GeometryTypeName, Reader> = {
  Point: (value, path, issues) => {
    const position = readPosition(value, path, issues);
    return position && roundPosition(position);
  },
  MultiPoint: (value, path, issues) => readPositions(value, path, issues)?.map(roundPosition),
  LineString: readLine,
  MultiLineString: (value, path, issues) => readEach(value, path, issues, NOUNS.lines, readLine),
  Polygon: readPolygon,
  MultiPolygon: (value, path, issues) => readEach(value, path, issues, NOUNS.polygons, readPolygon),
};

function failure(issues: Issue[]): { ok: false; problems: GeometryProblem[] } {
  return {
    ok: false,
    problems: issues.map(({ code, path, zh, en }) => ({ code, path, message: `${zh} / ${en}` })),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isGeometryTypeName(value: unknown): value is GeometryTypeName {
  return (GEOMETRY_TYPE_NAMES as readonly unknown[]).includes(value);
}

/** Returns an array with at least one element, or records why `value` is not one. */
function readArray(value: unknown, path: string, issues: Issue[], noun: Noun): unknown[] | undefined {
  if (!Array.isArray(value)) {
    const got = describe(value);
    issues.push({
      code: 'BAD_COORDINATES',
      path,
      zh: `${path} 应为${noun.zh},${got.zh}`,
      en: `${path} should be ${noun.en}, ${got.en}`,
    });
    return undefined;
  }
  if (value.length === 0) {
    issues.push({
      code: 'EMPTY',
      path,
      zh: `${path} 是空数组,空几何无法保存`,
      en: `${path} is an empty array; empty geometries cannot be stored`,
    });
    return undefined;
  }
  return value;
}

/** Reads every element, so each bad one is reported, and returns them only when all are good. */
function readEach<T>(
  value: unknown,
  path: string,
  issues: Issue[],
  noun: Noun,
  readItem: (item: unknown, path: string, issues: Issue[]) => T | undefined,
): T[] | undefined {
  const items = readArray(value, path, issues, noun)?.map((item, i) =>
    readItem(item, `${path}[${i}]`, issues),
  );
  return items?.every((item): item is T => item !== undefined) ? items : undefined;
}

/**
 * Returns the position's [lng, lat] when it is made of numbers, even if it lies off the globe or
 * outside Zhoukou, so a ring's closure and length can still be checked.
 */
function readPosition(value: unknown, path: string, issues: Issue[]): LngLat | undefined {
  const items = readArray(value, path, issues, NOUNS.position);
  if (!items) return undefined;
  if (items.length < 2 || items.length > 3) {
    issues.push({
      code: 'BAD_COORDINATES',
      path,
      zh: `坐标应有 2 个数字 [经度, 纬度](或 3 个,第三个为高程),这里有 ${items.length} 个`,
      en: `A position has 2 numbers [lng, lat] (or 3, the third being height); this one has ${items.length}`,
    });
    return undefined;
  }
  if (!items.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) {
    issues.push(notNumbers(items, path));
    return undefined;
  }
  const [lng, lat] = items as [number, number];
  const problem = offTheGlobe(lng, lat, path) ?? outsideZhoukou(lng, lat, path);
  if (problem) issues.push(problem);
  return [lng, lat];
}

function notNumbers(items: unknown[], path: string): Issue {
  const quoted = items.some((n) => typeof n === 'string' && n.trim() !== '' && Number.isFinite(Number(n)));
  const hint = quoted ? { zh: ',数字不要加引号', en: '; numbers must not be quoted' } : { zh: '', en: '' };
  return {
    code: 'BAD_COORDINATES',
    path,
    zh: `坐标必须是有限的数字,收到 ${preview(items)}${hint.zh}`,
    en: `A position must hold finite numbers, got ${preview(items)}${hint.en}`,
  };
}

function offTheGlobe(lng: number, lat: number, path: string): Issue | undefined {
  const reasons: { zh: string; en: string }[] = [];
  if (!isLng(lng)) {
    reasons.push({ zh: `经度 ${lng} 超出 [-180, 180]`, en: `longitude ${lng} is outside [-180, 180]` });
  }
  if (!isLat(lat)) {
    reasons.push({ zh: `纬度 ${lat} 超出 [-90, 90]`, en: `latitude ${lat} is outside [-90, 90]` });
  }
  if (reasons.length === 0) return undefined;
  const hint = offTheGlobeHint(lng, lat);
  const position = format([lng, lat]);
  return {
    code: 'OFF_THE_GLOBE',
    path,
    zh: `坐标 ${position} 不在地球上:${reasons.map((r) => r.zh).join(',')}${hint.zh}`,
    en: `Position ${position} is not on the globe: ${reasons.map((r) => r.en).join('; ')}${hint.en}`,
  };
}

function outsideZhoukou(lng: number, lat: number, path: string): Issue | undefined {
  if (isInAcceptedExtent([lng, lat])) return undefined;
  const { west, east, south, north } = ACCEPTED_EXTENT;
  const [w, e, s, n] = [west, east, south, north].map(roundCoordinate);
  return {
    code: 'OUTSIDE_ZHOUKOU',
    path,
    zh: `坐标 ${format([lng, lat])} 不在周口范围内(经度 ${w}–${e},纬度 ${s}–${n})`,
    en: `Position ${format([lng, lat])} is outside Zhoukou's accepted box (lng ${w}–${e}, lat ${s}–${n})`,
  };
}

/**
 * Reads a list of positions. A wrong list repeats one mistake throughout (every position swapped, or a
 * whole shape drawn in the wrong city), so each kind of problem is reported once, at its first position.
 */
function readPositions(value: unknown, path: string, issues: Issue[]): LngLat[] | undefined {
  const found: Issue[] = [];
  const positions = readEach(value, path, found, NOUNS.positions, readPosition);
  issues.push(...firstOfEachCode(found));
  return positions;
}

function firstOfEachCode(issues: Issue[]): Issue[] {
  const firsts = new Map<GeometryProblemCode, { issue: Issue; count: number }>();
  for (const issue of issues) {
    const seen = firsts.get(issue.code);
    if (seen) seen.count += 1;
    else firsts.set(issue.code, { issue, count: 1 });
  }
  return [...firsts.values()].map(({ issue, count }) =>
    count === 1
      ? issue
      : {
          ...issue,
          zh: `${issue.zh}(同一数组中另有 ${count - 1} 个坐标有同类问题)`,
          en: `${issue.en} (and ${count - 1} more positions in the same array)`,
        },
  );
}

function readLine(value: unknown, path: string, issues: Issue[]): Position[] | undefined {
  const positions = readPositions(value, path, issues);
  if (!positions) return undefined;
  const line = normalize(positions);
  if (line.length >= 2) return line;
  const merged = afterDedupe(positions, line);
  issues.push({
    code: 'TOO_FEW_POSITIONS',
    path,
    zh: `线至少需要 2 个不同的坐标,这里只有 ${line.length} 个${merged.zh}`,
    en: `A line needs at least 2 distinct positions; this one has ${line.length}${merged.en}`,
  });
  return undefined;
}

function readRing(value: unknown, path: string, issues: Issue[]): Position[] | undefined {
  const positions = readPositions(value, path, issues);
  if (!positions) return undefined;
  const first = positions[0] as LngLat;
  const last = positions[positions.length - 1] as LngLat;
  // Compared as sent: rounding first would accept a ring left open by a few millimetres.
  if (first[0] !== last[0] || first[1] !== last[1]) {
    const [from, to] = [format(first), format(last)];
    issues.push({
      code: 'RING_NOT_CLOSED',
      path,
      zh: `多边形的环未闭合(首尾坐标不同),首点 ${from},末点 ${to}`,
      en: `Polygon ring is not closed: its first and last positions differ (${from} vs ${to})`,
    });
    return undefined;
  }
  const ring = normalize(positions);
  if (ring.length >= 4) return ring;
  const merged = afterDedupe(positions, ring);
  const rule = {
    zh: '多边形的环至少需要 4 个坐标(3 个不同的角点,再回到首点)',
    en: 'A polygon ring needs at least 4 positions (3 distinct corners, then the first again)',
  };
  issues.push({
    code: 'TOO_FEW_POSITIONS',
    path,
    zh: `${rule.zh},这里只有 ${ring.length} 个${merged.zh}`,
    en: `${rule.en}; this one has ${ring.length}${merged.en}`,
  });
  return undefined;
}

function afterDedupe(sent: LngLat[], kept: Position[]): { zh: string; en: string } {
  if (sent.length === kept.length) return { zh: '', en: '' };
  return {
    zh: `(去掉按 ${COORDINATE_DECIMALS} 位小数相同的连续重复坐标后;原有 ${sent.length} 个)`,
    en: ` once consecutive positions equal at ${COORDINATE_DECIMALS} decimals are merged (${sent.length} as sent)`,
  };
}

function readPolygon(value: unknown, path: string, issues: Issue[]): Position[][] | undefined {
  const before = issues.length;
  const rings = readEach(value, path, issues, NOUNS.rings, readRing);
  return !rings || issues.length > before ? undefined : rings;
}

/** Rounds, then drops positions equal to the one before, which rounding may have created. */
function normalize(positions: LngLat[]): Position[] {
  const rounded = positions.map(roundPosition);
  return rounded.filter((p, i) => {
    const previous = rounded[i - 1];
    return !previous || previous[0] !== p[0] || previous[1] !== p[1];
  });
}
