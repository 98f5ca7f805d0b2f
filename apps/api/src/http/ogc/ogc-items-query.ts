import type { LayerQuery } from '@atlas/core';
import { invalidParameter } from './ogc-exception';

/** What a page holds unless the client says: the standard's example default. */
export const DEFAULT_LIMIT = 100;
/** The most a page holds; a larger `limit` is served as this many (the standard's rule, not a refusal). */
export const MAX_LIMIT = 1000;
/**
 * The furthest a page may start. The layers hold a few thousand rows at most and an export is refused
 * past 50,000, so an offset beyond this is a mistake or a probe, refused before any work.
 */
export const MAX_OFFSET = 1_000_000;

/** The layers' own filters, as the lists of the API and /export take them. */
export const FILTER_PARAMS = ['zone', 'cluster', 'status'] as const;
type FilterParam = (typeof FILTER_PARAMS)[number];

const PAGING_PARAMS = ['limit', 'offset', 'bbox', 'f'] as const;
const KNOWN = new Set<string>([...PAGING_PARAMS, ...FILTER_PARAMS]);

/**
 * A code or status as the atlas spells them (letters, digits, `_`, `-`, `.`), or several statuses
 * separated by commas as the export takes them; anything else is refused unread.
 */
const FILTER_VALUE = /^[\p{L}\p{N}_.,-]{1,200}$/u;

export interface ItemsQuery {
  readonly limit: number;
  readonly offset: number;
  readonly bbox?: readonly [number, number, number, number];
  readonly filters: Partial<Record<FilterParam, string>>;
}

/**
 * Reads `/items`'s query string: `limit` (1 … 1000, larger served as 1000), `offset`, `bbox` (four
 * numbers, west,south,east,north in WGS 84), the layer's filters, and `f=json`. A parameter the
 * server does not know, one given twice or a malformed value is an `InvalidParameterValue` (400),
 * as Part 1 asks: a client must not believe a filter was applied when it was not.
 *
 * @example
 * readItemsQuery('limit=5000&bbox=114.5,33.4,115.1,33.9') // { limit: 1000, offset: 0, bbox: [114.5, 33.4, 115.1, 33.9], filters: {} }
 */
export function readItemsQuery(search: string): ItemsQuery {
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const name of params.keys()) {
    // Part 1 names `datetime`; no collection here has a temporal geometry to hold it against, and
    // answering as if it had been applied would mislead, so it is refused like any unknown filter.
    if (name === 'datetime')
      throw invalidParameter(
        '图层没有时间属性,不支持 datetime;按 status 或导出的日期列筛选 / The collections have no temporal geometry, so datetime is not supported; filter by status, or by the dates in the export',
      );
    if (!KNOWN.has(name))
      throw invalidParameter(
        `未知参数 ${clip(name)},可用:${[...KNOWN].join(', ')} / Unknown parameter ${clip(name)}; known: ${[...KNOWN].join(', ')}`,
      );
    if (seen.has(name)) throw invalidParameter(`参数 ${name} 重复 / Parameter ${name} given more than once`);
    seen.add(name);
  }
  const f = params.get('f');
  if (f !== null && f !== 'json' && f !== 'geojson')
    throw invalidParameter(`f 只能为 json / f must be json (GeoJSON is the only encoding served)`);
  const filters: Partial<Record<FilterParam, string>> = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name);
    if (value === null) continue;
    if (!FILTER_VALUE.test(value))
      throw invalidParameter(`参数 ${name} 的值无效 / Parameter ${name} has an invalid value`);
    filters[name] = value;
  }
  const bbox = params.get('bbox');
  return {
    limit: Math.min(
      integerParam(params.get('limit'), 'limit', 1, Number.MAX_SAFE_INTEGER) ?? DEFAULT_LIMIT,
      MAX_LIMIT,
    ),
    offset: integerParam(params.get('offset'), 'offset', 0, MAX_OFFSET) ?? 0,
    ...(bbox === null ? {} : { bbox: readBbox(bbox) }),
    filters,
  };
}

/** The core query for a page of `query`. */
export function layerQueryOf(query: ItemsQuery): LayerQuery {
  return {
    ...query.filters,
    ...(query.bbox ? { bbox: query.bbox } : {}),
    limit: query.limit,
    offset: query.offset,
  };
}

function integerParam(value: string | null, name: string, min: number, max: number): number | undefined {
  if (value === null) return undefined;
  const number = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min)
    throw invalidParameter(
      `${name} 须为不小于 ${min} 的整数 / ${name} must be an integer of at least ${min}`,
    );
  if (number > max) throw invalidParameter(`${name} 不得超过 ${max} / ${name} may not exceed ${max}`);
  return number;
}

function readBbox(value: string): [number, number, number, number] {
  const parts = value.split(',');
  const numbers = parts.map((part) =>
    /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(part) ? Number(part) : Number.NaN,
  );
  const [west, south, east, north] = numbers as [number, number, number, number];
  const wellFormed =
    numbers.length === 4 &&
    numbers.every(Number.isFinite) &&
    west >= -180 &&
    east <= 180 &&
    south >= -90 &&
    north <= 90 &&
    west < east &&
    south < north;
  if (!wellFormed)
    throw invalidParameter(
      'bbox 须为 西,南,东,北 四个经纬度数(WGS 84),且西<东、南<北 / bbox must be four numbers west,south,east,north in WGS 84 degrees, west < east and south < north',
    );
  return [west, south, east, north];
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
