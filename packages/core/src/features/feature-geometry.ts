import type { AtlasDb } from '@atlas/db';
import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import { LAYERS, type LayerName } from './layers';

/**
 * Full-detail geometries of one layer's features by id, batched: for lists read without their
 * geometry (`listFeatures`' `withoutGeometry`), fetched only when a field asks for the polygon
 * itself rather than its simplified form. Make one per request.
 *
 * @example
 * await featureGeometryLoader(db, 'COUNTIES').load('411602') // the county's MultiPolygon
 */
export function featureGeometryLoader(db: AtlasDb, layer: LayerName): DataLoader<string, Geometry | null> {
  const spec = LAYERS[layer];
  return new DataLoader<string, Geometry | null>(async (ids) => {
    const rows = (await db
      .select({ id: spec.id, geometry: spec.geometry })
      .from(spec.table)
      .where(inArray(spec.id, [...ids]))) as { id: string; geometry: Geometry }[];
    const found = new Map(rows.map((r) => [String(r.id), r.geometry]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
