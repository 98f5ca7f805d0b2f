import { bumpDataVersion, schema, selectRows } from '@atlas/db';
import { eq, sql } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput, notFound } from '../errors';
import { checkTopology } from '../features/geometry-topology';
import { checkedText } from '../text-checks';
import { checkedGeometry, staleVersion, translateDbError } from '../write-checks';

export type ZoneRow = typeof schema.zones.$inferSelect;

const asMultiPolygon = (g: Polygon | MultiPolygon): MultiPolygon =>
  g.type === 'MultiPolygon' ? g : { type: 'MultiPolygon', coordinates: [g.coordinates] };

/**
 * Replaces a zone's schematic footprint with a surveyed boundary: its geometry's provenance becomes
 * SURVEYED citing `citation` (the survey, or the file it came in), its version is bumped, and the
 * change is audited before → after. The zone's own facts (name, level, area) keep their provenance.
 *
 * Planners and admins only (`writeLayers`), not a zone's reporter: a zone that could redraw its own
 * boundary could change which projects count as inside it, and so its own figures.
 *
 * The boundary passes the checks of every write (size, shape, Zhoukou's extent, PostGIS's topology)
 * and must reach into the zone's county, so a file of another zone (or a swapped code) is refused.
 * If the zone's seat (its label point) falls outside the new boundary it moves to a point inside it.
 * `version`, when given, must be the zone's current one.
 *
 * @example
 * await setZoneBoundary(ctx, '0101', surveyedPolygon, '周口市规划局 2015 年实测红线图');
 */
export function setZoneBoundary(
  ctx: CoreContext,
  code: string,
  geometry: unknown,
  citation: string,
  version?: number | null,
): Promise<ZoneRow> {
  requirePermission(ctx.actor, 'writeLayers');
  checkedText(code, 'code', 'code');
  const source = checkedText(citation, 'sourceCitation', 'citation');
  const footprint = asMultiPolygon(
    checkedGeometry<Polygon | MultiPolygon>(geometry, ['Polygon', 'MultiPolygon']),
  );
  const { zones } = schema;
  return ctx.db
    .transaction(async (tx) => {
      const [before] = await tx.select().from(zones).where(eq(zones.code, code)).for('update');
      if (!before) throw notFound('zone', code);
      if (version != null && before.version !== version)
        throw staleVersion('zone', code, version, before.version);
      await checkTopology(tx, footprint);
      await requireInCounty(tx, before, footprint);
      const shape = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(footprint)}), 4326)`;
      const [after] = await tx
        .update(zones)
        .set({
          footprint,
          seat: sql`CASE WHEN ST_Covers(${shape}, ${zones.seat}) THEN ${zones.seat} ELSE ST_PointOnSurface(${shape}) END`,
          geometrySourceKind: 'SURVEYED',
          geometrySourceCitation: source,
          version: before.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(zones.code, code))
        .returning();
      if (!after) throw notFound('zone', code);
      await writeAudit(tx, ctx.actor, { action: 'UPDATE', entity: 'zone', entityId: code, before, after });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}

async function requireInCounty(db: CoreContext['db'], zone: ZoneRow, footprint: MultiPolygon): Promise<void> {
  const [row] = await selectRows<{ inside: boolean; county: string }>(
    db,
    sql`SELECT ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(footprint)}), 4326), c.boundary) AS inside,
               c.name AS county
        FROM counties c WHERE c.adcode = ${zone.countyAdcode}`,
  );
  if (row && !row.inside) {
    throw badInput(
      `${zone.name}的边界不在其所在的${row.county}境内,请检查坐标系和园区代码 / The boundary of ${zone.nameEn} does not reach into its county (${row.county}): check the datum and the zone code`,
      { field: 'geometry' },
    );
  }
}
