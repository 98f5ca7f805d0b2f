import { type AtlasDb, schema } from '@atlas/db';
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
