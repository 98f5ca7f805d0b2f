import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import { badInput } from '../errors';

/**
 * How far (degrees, about 100 m) a project may reach past its county's polygon and still count as
 * inside it: the polygons are a public small-scale source (see `COUNTY_SOURCE`), so a point on or
 * just over a border is the polygon's error, not the planner's. A project 50 km away is not.
 */
export const COUNTY_TOLERANCE_DEG = 0.001;

interface CountyName {
  readonly name: string;
  readonly nameEn: string;
}

interface Placement {
  readonly zone_name: string;
  readonly county_name: string;
  readonly county_name_en: string;
  readonly inside: boolean;
  readonly touches: boolean;
  readonly elsewhere_name: string | null;
  readonly elsewhere_name_en: string | null;
}

/** "Huaiyang County", "Chuanhui District", "Xiangcheng City": the English name with its kind from 县/区/市. */
function countyEn({ name, nameEn }: CountyName): string {
  if (name.endsWith('县')) return `${nameEn} County`;
  if (name.endsWith('区')) return `${nameEn} District`;
  if (name.endsWith('市')) return `${nameEn} City`;
  return nameEn;
}

/**
 * Refuses (BAD_INPUT) a project geometry that does not lie in the county of its zone, naming the
 * county it lies in (or reaches into) instead. Checked by PostGIS inside the write's transaction
 * against the real county polygons, with `COUNTY_TOLERANCE_DEG` for the polygons' own error. The
 * zone's footprint is schematic and is not a bound. The zone must exist (`requireZone` first).
 */
export async function requireInZoneCounty(db: AtlasDb, zoneCode: string, geometry: Geometry): Promise<void> {
  const g = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326)`;
  const [row] = await selectRows<Placement>(
    db,
    sql`WITH p AS (SELECT ${g} AS g),
             home AS (
               SELECT z.name AS zone_name, c.adcode, c.name, c.name_en, c.boundary
               FROM zones z JOIN counties c ON c.adcode = z.county_adcode
               WHERE z.code = ${zoneCode}),
             verdict AS (
               SELECT home.*, p.g,
                      CASE WHEN ST_CoveredBy(p.g, home.boundary) THEN true
                           ELSE ST_CoveredBy(p.g, ST_Buffer(home.boundary, ${COUNTY_TOLERANCE_DEG}))
                      END AS inside,
                      ST_Intersects(p.g, home.boundary) AS touches
               FROM home, p)
        SELECT v.zone_name, v.name AS county_name, v.name_en AS county_name_en, v.inside, v.touches,
               other.name AS elsewhere_name, other.name_en AS elsewhere_name_en
        FROM verdict v
        LEFT JOIN LATERAL (
          SELECT c.name, c.name_en FROM counties c
          WHERE NOT v.inside AND c.adcode <> v.adcode
            AND ST_Intersects(c.boundary, ST_PointOnSurface(
                  CASE WHEN v.touches THEN ST_Difference(v.g, v.boundary) ELSE v.g END))
          LIMIT 1) other ON true`,
  );
  if (!row || row.inside) return;
  const home = { name: row.county_name, nameEn: row.county_name_en };
  const other =
    row.elsewhere_name && row.elsewhere_name_en
      ? { name: row.elsewhere_name, nameEn: row.elsewhere_name_en }
      : null;
  const details = { zone: row.zone_name, zoneCounty: row.county_name, county: other?.name ?? null };
  if (row.touches) {
    throw badInput(
      other
        ? `项目范围越出了其产业集聚区所在的${home.name},伸入${other.name} / The project reaches out of ${countyEn(home)}, where its zone is, into ${countyEn(other)}`
        : `项目范围越出了其产业集聚区所在的${home.name},伸出周口市 / The project reaches out of ${countyEn(home)}, where its zone is, and out of Zhoukou`,
      details,
    );
  }
  throw badInput(
    other
      ? `项目位置在${other.name},不在其产业集聚区所在的${home.name} / The project lies in ${countyEn(other)}, not in ${countyEn(home)} where its zone is`
      : `项目位置不在周口市任何县区内,不在其产业集聚区所在的${home.name} / The project lies in no county of Zhoukou, not in ${countyEn(home)} where its zone is`,
    details,
  );
}

/**
 * Refuses (BAD_INPUT) a cluster the zone does not host (cluster_memberships), naming both. Both
 * must exist (`requireZone`, `requireCluster` first). No cluster is always fine.
 */
export async function requireClusterOfZone(
  db: AtlasDb,
  zoneCode: string,
  clusterCode: string | null | undefined,
): Promise<void> {
  if (!clusterCode) return;
  const [row] = await selectRows<{
    zone_name: string;
    zone_name_en: string;
    cluster_name: string;
    cluster_name_en: string;
    hosted: boolean;
  }>(
    db,
    sql`SELECT z.name AS zone_name, z.name_en AS zone_name_en, c.name AS cluster_name, c.name_en AS cluster_name_en,
               EXISTS (SELECT 1 FROM cluster_memberships m
                       WHERE m.zone_code = z.code AND m.cluster_code = c.code) AS hosted
        FROM zones z, clusters c
        WHERE z.code = ${zoneCode} AND c.code = ${clusterCode}`,
  );
  if (!row || row.hosted) return;
  throw badInput(
    `${row.zone_name}不承载${row.cluster_name} / ${row.zone_name_en} does not host the ${row.cluster_name_en} cluster`,
    { zoneCode, clusterCode },
  );
}
