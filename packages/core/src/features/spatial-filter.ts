import type { AtlasDb } from '@atlas/db';
import { FILTER_GEOMETRY_LIMITS, type GeometryTypeName, validateGeometry } from '@atlas/geo';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Geometry } from 'geojson';
import { badInput } from '../errors';
import { requireZone } from '../write-checks';
import { topologyProblem } from './geometry-topology';
import { checkedKind, LAYERS, type LayerName } from './layers';

/** The spatial questions every feature list answers; all given conditions must hold. */
export interface SpatialFilter {
  /** [west, south, east, north] in degrees. */
  readonly bbox?: readonly number[] | null;
  readonly withinZone?: string | null;
  readonly within?: unknown;
  readonly intersects?: unknown;
  /** Within `meters` of a point, on the sphere. */
  readonly near?: { readonly point: readonly number[]; readonly meters: number } | null;
  /** Within `meters` of any feature of another layer (optionally of one kind), on the sphere. */
  readonly nearLayer?: {
    readonly layer: LayerName;
    readonly kind?: string | null;
    readonly meters: number;
  } | null;
}

/** Farther than this is not "near" anything in one city; it also bounds the work a query can ask for. */
export const MAX_NEAR_METERS = 200_000;

const geography = (column: PgColumn | SQL) => sql`${column}::geography`;

function checkMeters(meters: number): void {
  if (!(meters > 0 && meters <= MAX_NEAR_METERS)) {
    throw badInput(
      `距离须在 0 到 ${MAX_NEAR_METERS} 米之间 / meters must be above 0 and at most ${MAX_NEAR_METERS}`,
    );
  }
}

/**
 * Verdicts on the filter geometries of requests in flight, by the object sent: a page's rows and its
 * total are two statements with one filter, and the filter is checked once.
 */
const checkedFilters = new WeakMap<object, Promise<Geometry>>();

/**
 * A filter geometry as sent, checked: its size against `FILTER_GEOMETRY_LIMITS` in one pass before
 * anything else, then its shape, then PostGIS's verdict on its topology, so an invalid polygon is
 * BAD_INPUT rather than a database error in the middle of the list.
 */
function checkedFilterGeometry(
  db: AtlasDb,
  input: unknown,
  allowed?: readonly GeometryTypeName[],
): Promise<Geometry> {
  const known = typeof input === 'object' && input !== null ? checkedFilters.get(input) : undefined;
  if (known) return known;
  const checking = checkFilterGeometry(db, input, allowed);
  if (typeof input === 'object' && input !== null) checkedFilters.set(input, checking);
  return checking;
}

async function checkFilterGeometry(
  db: AtlasDb,
  input: unknown,
  allowed?: readonly GeometryTypeName[],
): Promise<Geometry> {
  const result = validateGeometry(input, { ...(allowed ? { allowed } : {}), limits: FILTER_GEOMETRY_LIMITS });
  if (!result.ok) {
    throw badInput(result.problems.map((p) => p.message).join('; '), { problems: result.problems });
  }
  const problem = await topologyProblem(db, result.geometry);
  if (problem) throw badInput(problem.message, { problems: [problem] });
  return result.geometry;
}

function pointSql(point: readonly number[]): SQL {
  const [lng, lat] = point;
  if (
    point.length !== 2 ||
    !Number.isFinite(lng) ||
    !Number.isFinite(lat) ||
    Math.abs(lng as number) > 180 ||
    Math.abs(lat as number) > 90
  ) {
    throw badInput('点须为 [经度, 纬度] / point must be [lng, lat] in degrees');
  }
  return sql`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)`;
}

function bboxSql(bbox: readonly number[]): SQL {
  const [w, s, e, n] = bbox;
  if (
    bbox.length !== 4 ||
    bbox.some((v) => !Number.isFinite(v)) ||
    (w as number) >= (e as number) ||
    (s as number) >= (n as number)
  ) {
    throw badInput(
      '范围须为 [西, 南, 东, 北] / bbox must be [west, south, east, north] with west < east and south < north',
    );
  }
  return sql`ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)`;
}

function otherLayer(nearLayer: NonNullable<SpatialFilter['nearLayer']>) {
  const other = LAYERS[nearLayer.layer];
  if (!other) throw badInput(`未知图层 ${nearLayer.layer} / unknown layer ${nearLayer.layer}`);
  const kindSql = nearLayer.kind
    ? sql` AND ${checkedKind(nearLayer.layer, nearLayer.kind)}::text = ${nearLayer.kind}`
    : sql``;
  return { other, kindSql };
}

/**
 * The WHERE conditions of a filter against `column`; throws BAD_INPUT on a malformed filter. A
 * `within` or `intersects` polygon is first checked by PostGIS through `db` (one statement per filter).
 */
export async function spatialConditions(
  db: AtlasDb,
  column: PgColumn,
  filter: SpatialFilter | null | undefined,
): Promise<SQL[]> {
  if (!filter) return [];
  const conditions: SQL[] = [];
  if (filter.bbox) conditions.push(sql`ST_Intersects(${column}, ${bboxSql(filter.bbox)})`);
  if (filter.withinZone) {
    await requireZone(db, filter.withinZone);
    conditions.push(
      sql`ST_Within(${column}, (SELECT footprint FROM zones WHERE code = ${filter.withinZone}))`,
    );
  }
  if (filter.within) {
    const polygon = await checkedFilterGeometry(db, filter.within, ['Polygon', 'MultiPolygon']);
    conditions.push(
      sql`ST_Within(${column}, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(polygon)}), 4326))`,
    );
  }
  if (filter.intersects) {
    const shape = await checkedFilterGeometry(db, filter.intersects);
    conditions.push(
      sql`ST_Intersects(${column}, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(shape)}), 4326))`,
    );
  }
  if (filter.near) {
    checkMeters(filter.near.meters);
    conditions.push(
      sql`ST_DWithin(${geography(column)}, ${geography(pointSql(filter.near.point))}, ${filter.near.meters})`,
    );
  }
  if (filter.nearLayer) {
    checkMeters(filter.nearLayer.meters);
    const { other, kindSql } = otherLayer(filter.nearLayer);
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${other.table} WHERE ST_DWithin(${geography(column)}, ${geography(other.geometry)}, ${filter.nearLayer.meters})${kindSql})`,
    );
  }
  return conditions;
}

/**
 * Metres on the sphere from `column` to the filter's point, or to the nearest feature of its
 * `nearLayer`; null when the filter asks for no distance.
 */
export function distanceExpression(
  column: PgColumn,
  filter: SpatialFilter | null | undefined,
): SQL<number> | null {
  if (filter?.near)
    return sql<number>`ST_Distance(${geography(column)}, ${geography(pointSql(filter.near.point))})`;
  if (filter?.nearLayer) {
    const { other, kindSql } = otherLayer(filter.nearLayer);
    return sql<number>`(SELECT min(ST_Distance(${geography(column)}, ${geography(other.geometry)})) FROM ${other.table} WHERE true${kindSql})`;
  }
  return null;
}
