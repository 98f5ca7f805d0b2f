import { ACCEPTED_EXTENT } from '@atlas/geo';
import { type SQL, sql } from 'drizzle-orm';
import { check, customType, index, type PgColumn } from 'drizzle-orm/pg-core';
import type { Geometry } from 'geojson';
import { decodedGeometry } from './geometry-decoding';

/** PostGIS geometry subtypes a column may declare; `Geometry` admits any, narrowed by a CHECK. */
export type GeometryKind =
  | 'Point'
  | 'LineString'
  | 'MultiLineString'
  | 'Polygon'
  | 'MultiPolygon'
  | 'Geometry';

/**
 * A PostGIS `geometry(kind, 4326)` column holding GeoJSON. Writes go through ST_GeomFromGeoJSON, so
 * the database parses and checks them; reads arrive as EWKB hex and are decoded to GeoJSON, shared
 * and frozen ({@link decodedGeometry}).
 *
 * @example
 * footprint: geometry('footprint', 'MultiPolygon').notNull()
 */
export const geometry = <T extends Geometry = Geometry>(name: string, kind: GeometryKind) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => `geometry(${kind},4326)`,
    toDriver: (value: T): SQL => sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(value)}), 4326)`,
    fromDriver: (value: string) => decodedGeometry<T>(value),
  })(name);

const [west, south, east, north] = (['west', 'south', 'east', 'north'] as const).map((side) =>
  sql.raw(String(ACCEPTED_EXTENT[side])),
);

/**
 * The database's own guard on a geometry column: valid, not empty, inside Zhoukou's extent, of the
 * allowed types, and findable by a GiST index. Type and SRID are also enforced by the column's typmod.
 */
export function geometryGuards(table: string, column: PgColumn, allowedTypes?: readonly string[]) {
  const guards = [
    check(`${table}_${column.name}_valid`, sql`ST_IsValid(${column}) AND NOT ST_IsEmpty(${column})`),
    // Against a rectangle, "covered by" is "its bounding box is inside": read off the box in
    // constant time, where ST_CoveredBy walks the shape (quadratic on some valid polygons).
    check(
      `${table}_${column.name}_in_zhoukou`,
      sql`ST_XMin(${column}) >= ${west} AND ST_XMax(${column}) <= ${east} AND ST_YMin(${column}) >= ${south} AND ST_YMax(${column}) <= ${north}`,
    ),
    index(`${table}_${column.name}_gist`).using('gist', column),
  ];
  if (allowedTypes) {
    const list = sql.raw(allowedTypes.map((t) => `'${t.toUpperCase()}'`).join(', '));
    guards.push(check(`${table}_${column.name}_type`, sql`GeometryType(${column}) IN (${list})`));
  }
  return guards;
}
