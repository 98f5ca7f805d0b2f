import { type AtlasDb, schema } from '@atlas/db';
import { sql } from 'drizzle-orm';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Polygon layers that are simplified as a whole, so neighbours keep sharing their borders. */
export type CoverageLayer = 'COUNTIES' | 'ZONES';

/** Every polygon of a coverage layer, as features carrying their id: the input of coverage simplification. */
export async function coverageFeatures(
  db: AtlasDb,
  layer: CoverageLayer,
): Promise<Feature<Polygon | MultiPolygon, { id: string }>[]> {
  const rows =
    layer === 'COUNTIES'
      ? await db.select({ id: schema.counties.adcode, g: schema.counties.boundary }).from(schema.counties)
      : await db.select({ id: schema.zones.code, g: schema.zones.footprint }).from(schema.zones);
  return rows.map((r) => ({ type: 'Feature', properties: { id: r.id }, geometry: r.g }));
}

/**
 * What the zones' simplified footprints depend on, as a string that changes whenever a zone does:
 * each zone's code and version (bumped by every write to it; an insert or a delete changes the list). A write to any other table leaves it as it was, so the footprints' cache survives it.
 *
 * @example
 * await zoneFootprintsVersion(db) // '0101:1,0102:3,…'
 */
export async function zoneFootprintsVersion(db: AtlasDb): Promise<string> {
  const [row] = await db
    .select({
      v: sql<string>`coalesce(string_agg(${schema.zones.code} || ':' || ${schema.zones.version}, ',' ORDER BY ${schema.zones.code}), '')`,
    })
    .from(schema.zones);
  return row?.v ?? '';
}
