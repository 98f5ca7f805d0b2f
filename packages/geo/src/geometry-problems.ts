import type { Position } from 'geojson';
import { isInAcceptedExtent } from './extent';
import type { GeometryLimitProblem } from './geometry-limits';
import { roundCoordinate } from './precision';

// What validateGeometry reports, and the words of its problems that do not follow from one check: what
// was sent, and the hint naming the likely mistake (swapped axes, projected metres, a Feature for a
// geometry). Apart from the checks, so each reads on its own.

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

/** A problem being built: its message's two halves are joined last, so a suffix can go on each. */
export interface Issue {
  code: GeometryProblemCode;
  path: string;
  zh: string;
  en: string;
}

export function isLng(value: number): boolean {
  return value >= -180 && value <= 180;
}

export function isLat(value: number): boolean {
  return value >= -90 && value <= 90;
}

export function format(position: Position): string {
  return `[${position.map(roundCoordinate).join(', ')}]`;
}

export function offTheGlobeHint(lng: number, lat: number): { zh: string; en: string } {
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

/** Some JSON for a message, cut short: a whole wrong polygon would bury the point. */
export function preview(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  const text = json ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function describe(value: unknown): { zh: string; en: string } {
  if (value === undefined) return { zh: '但缺失', en: 'but it is missing' };
  return { zh: `收到 ${preview(value)}`, en: `got ${preview(value)}` };
}

export function notAnObject(input: unknown): Issue {
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

export function unknownType(type: unknown): Issue {
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

export function typeNotAllowed(type: GeometryTypeName, allowed: readonly GeometryTypeName[]): Issue {
  const list = allowed.join(', ');
  return {
    code: 'TYPE_NOT_ALLOWED',
    path: 'type',
    zh: `此处不接受 ${type},允许的类型:${list}`,
    en: `${type} is not allowed here; allowed types: ${list}`,
  };
}
