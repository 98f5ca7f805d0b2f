import type { Geometry, Position } from 'geojson';
import { ACCEPTED_EXTENT, isInAcceptedExtent } from './extent';
import { checkGeometryLimits, type GeometryLimitProblem, type GeometryLimits } from './geometry-limits';

/**
 * The GeoJSON geometry types the API accepts. GeometryCollection is left out: no table stores one,
 * and a Multi* type says the same thing in a form PostGIS indexes and validates uniformly.
 *
 * @example
 * GEOMETRY_TYPE_NAMES.includes('Polygon') // true
 */
export const GEOMETRY_TYPE_NAMES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;

/**
 * One of {@link GEOMETRY_TYPE_NAMES}.
 *
 * @example
 * const allowed: GeometryTypeName[] = ['Polygon', 'MultiPolygon'];
 */
export type GeometryTypeName = (typeof GEOMETRY_TYPE_NAMES)[number];

/**
 * What is wrong with a geometry, as a stable code an API client can branch on.
 *
 * @example
 * if (problem.code === 'OUTSIDE_ZHOUKOU') highlight(problem.path);
 */
export type GeometryProblemCode =
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_TYPE'
  | 'TYPE_NOT_ALLOWED'
  | 'BAD_COORDINATES'
  | 'OFF_THE_GLOBE'
  | 'OUTSIDE_ZHOUKOU'
  | 'TOO_FEW_POSITIONS'
  | 'RING_NOT_CLOSED'
  | 'EMPTY'
  | GeometryLimitProblem['code']
  // Topology is PostGIS's verdict (ST_IsValidDetail), given by the caller that holds the database.
  | 'SELF_INTERSECTION'
  | 'INVALID_TOPOLOGY';

/**
 * One problem found in a geometry, with a message in Chinese then English for the planner who sent it.
 *
 * @example
 * const problem: GeometryProblem = {
 *   code: 'RING_NOT_CLOSED',
 *   message: '多边形的环未闭合(首尾坐标不同)… / Polygon ring is not closed: its first and last positions differ…',
 *   path: 'coordinates[0]',
 * };
 */
export interface GeometryProblem {
  code: GeometryProblemCode;
  /** `中文 / English`. */
  message: string;
  /** JSON-path-ish location e.g. "coordinates[0][3]"; '' for the input as a whole. */
  path: string;
}

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
  const geometry = { type, coordinates } as Geometry;
  return { ok: true, geometry: geometry as T };
}

/** A problem being built: its message's two halves are joined last, so a suffix can go on each. */
interface Issue {
  code: GeometryProblemCode;
  path: string;
  zh: string;
  en: string;
}

/** A well-formed position as sent, height dropped, not yet rounded. */
type LngLat = [number, number];

type Reader = (value: unknown, path: string, issues: Issue[]) => unknown;

const DECIMALS = 6;
const SCALE = 10 ** DECIMALS;

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
    return position && round(position);
  },
  MultiPoint: (value, path, issues) => readPositions(value, path, issues)?.map(round),
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

function offTheGlobeHint(lng: number, lat: number): { zh: string; en: string } {
  if (isInAcceptedExtent([lat, lng])) {
    const swapped = format([lat, lng]);
    return {
      zh: `。看起来是 [纬度, 经度] 顺序,GeoJSON 要求 [经度, 纬度],应为 ${swapped}`,
      en: `. It looks like [lat, lng] order, but GeoJSON wants [lng, lat]: ${swapped}`,
    };
  }
  if (isLng(lat) && isLat(lng)) {
    return { zh: '。经度和纬度是否写反了?', en: '. Are longitude and latitude swapped?' };
  }
  // Projected coordinates (Web Mercator, CGCS2000 Gauss-Krüger) are metres, far beyond any degree value.
  if (Math.abs(lng) > 1000 || Math.abs(lat) > 1000) {
    return {
      zh: '。这像是投影坐标(米),请改用 WGS 84 经纬度',
      en: '. These look like projected metres; send WGS 84 degrees instead',
    };
  }
  return { zh: '', en: '' };
}

function outsideZhoukou(lng: number, lat: number, path: string): Issue | undefined {
  if (isInAcceptedExtent([lng, lat])) return undefined;
  const { west, east, south, north } = ACCEPTED_EXTENT;
  const [w, e, s, n] = [west, east, south, north].map(decimal);
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
    zh: `(去掉按 ${DECIMALS} 位小数相同的连续重复坐标后;原有 ${sent.length} 个)`,
    en: ` once consecutive positions equal at ${DECIMALS} decimals are merged (${sent.length} as sent)`,
  };
}

function readPolygon(value: unknown, path: string, issues: Issue[]): Position[][] | undefined {
  const before = issues.length;
  const rings = readEach(value, path, issues, NOUNS.rings, readRing);
  if (!rings || issues.length > before) return undefined;
  return rings.map((ring, i) => wind(ring, i === 0));
}

/** Outer rings counter-clockwise, holes clockwise, as RFC 7946 asks. */
function wind(ring: Position[], outer: boolean): Position[] {
  const counterClockwise = signedArea(ring) > 0;
  return counterClockwise === outer ? ring : ring.slice().reverse();
}

/** Twice the shoelace area, positive when counter-clockwise; taken about the first corner, for precision. */
function signedArea(ring: Position[]): number {
  const [x0 = 0, y0 = 0] = ring[0] ?? [];
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }
  return sum;
}

/** Rounds, then drops positions equal to the one before, which rounding may have created. */
function normalize(positions: LngLat[]): Position[] {
  const rounded = positions.map(round);
  return rounded.filter((p, i) => {
    const previous = rounded[i - 1];
    return !previous || previous[0] !== p[0] || previous[1] !== p[1];
  });
}

function round([lng, lat]: LngLat): Position {
  return [decimal(lng), decimal(lat)];
}

function decimal(value: number): number {
  return Math.round(value * SCALE) / SCALE;
}

function isLng(value: number): boolean {
  return value >= -180 && value <= 180;
}

function isLat(value: number): boolean {
  return value >= -90 && value <= 90;
}

function format(position: Position): string {
  return `[${position.map(decimal).join(', ')}]`;
}

/** Some JSON for a message, cut short: a whole wrong polygon would bury the point. */
function preview(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  const text = json ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describe(value: unknown): { zh: string; en: string } {
  if (value === undefined) return { zh: '但缺失', en: 'but it is missing' };
  return { zh: `收到 ${preview(value)}`, en: `got ${preview(value)}` };
}

function notAnObject(input: unknown): Issue {
  const example = '{"type":"Point","coordinates":[114.65,33.62]}';
  const got = describe(input);
  const jsonText = typeof input === 'string' && input.trim().startsWith('{');
  const hint = jsonText
    ? { zh: '。这是 JSON 文本,请发送解析后的对象', en: '. This is JSON text; send the parsed object' }
    : { zh: '', en: '' };
  return {
    code: 'NOT_AN_OBJECT',
    path: '',
    zh: `几何应为 GeoJSON 对象,如 ${example},${got.zh}${hint.zh}`,
    en: `Geometry should be a GeoJSON object such as ${example}, ${got.en}${hint.en}`,
  };
}

function unknownType(type: unknown): Issue {
  const accepted = GEOMETRY_TYPE_NAMES.join(', ');
  const hint = unknownTypeHint(type);
  const got = type === undefined ? { zh: '缺少 type', en: 'type is missing' } : null;
  return {
    code: 'UNKNOWN_TYPE',
    path: 'type',
    zh: `${got?.zh ?? `不支持的几何类型 ${preview(type)}`},可接受的类型:${accepted}${hint.zh}`,
    en: `${got?.en ?? `Unsupported geometry type ${preview(type)}`}; accepted types: ${accepted}${hint.en}`,
  };
}

function unknownTypeHint(type: unknown): { zh: string; en: string } {
  if (type === 'Feature') {
    return { zh: '。请只发送要素的 geometry', en: ". Send the Feature's geometry only" };
  }
  if (type === 'FeatureCollection') {
    return { zh: '。请逐个发送要素的 geometry', en: ". Send each feature's geometry on its own" };
  }
  if (type === 'GeometryCollection') {
    return { zh: '。请改用 Multi* 类型', en: '. Use a Multi* type instead' };
  }
  const meant = GEOMETRY_TYPE_NAMES.find(
    (name) => typeof type === 'string' && name.toLowerCase() === type.toLowerCase(),
  );
  if (meant) {
    return {
      zh: `。类型区分大小写,是否应为 ${meant}?`,
      en: `. Types are case-sensitive: did you mean ${meant}?`,
    };
  }
  return { zh: '', en: '' };
}

function typeNotAllowed(type: GeometryTypeName, allowed: readonly GeometryTypeName[]): Issue {
  const list = allowed.join(', ');
  return {
    code: 'TYPE_NOT_ALLOWED',
    path: 'type',
    zh: `此处不接受 ${type},允许的类型:${list}`,
    en: `${type} is not allowed here; allowed types: ${list}`,
  };
}
