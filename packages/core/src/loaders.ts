import type { GridProjectKind } from '@atlas/data';
import { type AtlasDb, schema, selectRows } from '@atlas/db';
import DataLoader from 'dataloader';
import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import { featureGeometryLoader } from './features/feature-geometry';
import type { LayerName } from './features/layers';

const {
  zones,
  clusters,
  counties,
  clusterMemberships,
  enterprises,
  enterpriseClusters,
  projects,
  gridProjects,
  planTargets,
  zoneStarLevels,
  projectStatusChanges,
} = schema;

type Zone = typeof zones.$inferSelect;
type Cluster = typeof clusters.$inferSelect;
type County = typeof counties.$inferSelect;
type Enterprise = typeof enterprises.$inferSelect;
type Project = typeof projects.$inferSelect;
/** A grid project as seen from one zone: `zoneCode` is that zone, `gridZoneCode` the project's own. */
type GridProject = Omit<typeof gridProjects.$inferSelect, 'zoneCode'> & {
  zoneCode: string;
  gridZoneCode: string | null;
  distanceMeters: number;
};

/** A DataLoader by code that also notes each row it loads in `known`, for answers without a promise. */
function rememberingLoader<T>(
  known: Map<string, T | null>,
  fetch: (codes: string[]) => Promise<(T | null)[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (codes) => {
    const rows = await fetch([...codes]);
    for (const [i, code] of codes.entries()) known.set(code, rows[i] ?? null);
    return rows;
  });
}

/** Groups rows by a key, in the order DataLoader asked for the keys. */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => found.get(k) ?? null);
}

export interface NearestGridOptions {
  readonly kind?: GridProjectKind | null;
  readonly minVoltageKv?: number | null;
  readonly first: number;
}

/**
 * Batches the lookups one GraphQL request makes, so a list of zones with their clusters, county
 * and projects costs a handful of statements, not one per zone. Make one set per request.
 */
export function createLoaders(db: AtlasDb) {
  const nearestGrid = new Map<string, DataLoader<string, GridProject[]>>();
  const geometries = new Map<LayerName, DataLoader<string, Geometry | null>>();
  // Rows loaded, kept beside DataLoader's promises so a resolver can answer without one when a
  // page's zones and clusters were fetched ahead (see ProjectResolver.projects).
  const loadedZones = new Map<string, Zone | null>();
  const loadedClusters = new Map<string, Cluster | null>();
  return {
    /** Full geometries of a layer read without them (see `featureGeometryLoader`). */
    featureGeometry(layer: LayerName): DataLoader<string, Geometry | null> {
      let loader = geometries.get(layer);
      if (!loader) {
        loader = featureGeometryLoader(db, layer);
        geometries.set(layer, loader);
      }
      return loader;
    },
    zone: rememberingLoader(loadedZones, (codes) =>
      db
        .select()
        .from(zones)
        .where(inArray(zones.code, codes))
        .then((rows) => byKey(codes, rows, (z) => z.code)),
    ),
    /** A zone already loaded in this request (null: it does not exist), or undefined. */
    zoneLoaded: (code: string): Zone | null | undefined => loadedZones.get(code),
    cluster: rememberingLoader(loadedClusters, (codes) =>
      db
        .select()
        .from(clusters)
        .where(inArray(clusters.code, codes))
        .then((rows) => byKey(codes, rows, (c) => c.code)),
    ),
    /** A cluster already loaded in this request (null: it does not exist), or undefined. */
    clusterLoaded: (code: string): Cluster | null | undefined => loadedClusters.get(code),
    county: new DataLoader<string, County | null>(async (codes) =>
      byKey(
        codes,
        await db
          .select()
          .from(counties)
          .where(inArray(counties.adcode, [...codes])),
        (c) => c.adcode,
      ),
    ),
    zonesOfCounty: new DataLoader<string, Zone[]>(async (adcodes) =>
      groupBy(
        adcodes,
        await db
          .select()
          .from(zones)
          .where(inArray(zones.countyAdcode, [...adcodes]))
          .orderBy(asc(zones.code)),
        (z) => z.countyAdcode,
      ),
    ),
    clustersOfZone: new DataLoader<string, Cluster[]>(async (codes) => {
      const rows = await db
        .select({ zoneCode: clusterMemberships.zoneCode, cluster: getTableColumns(clusters) })
        .from(clusterMemberships)
        .innerJoin(clusters, eq(clusters.code, clusterMemberships.clusterCode))
        .where(inArray(clusterMemberships.zoneCode, [...codes]))
        .orderBy(asc(clusters.code));
      return groupBy(codes, rows, (r) => r.zoneCode).map((g) => g.map((r) => r.cluster));
    }),
    zonesOfCluster: new DataLoader<string, Zone[]>(async (codes) => {
      const rows = await db
        .select({ clusterCode: clusterMemberships.clusterCode, zone: getTableColumns(zones) })
        .from(clusterMemberships)
        .innerJoin(zones, eq(zones.code, clusterMemberships.zoneCode))
        .where(inArray(clusterMemberships.clusterCode, [...codes]))
        .orderBy(asc(zones.code));
      return groupBy(codes, rows, (r) => r.clusterCode).map((g) => g.map((r) => r.zone));
    }),
    enterprisesOfCluster: new DataLoader<string, Enterprise[]>(async (codes) => {
      const rows = await db
        .select({ clusterCode: enterpriseClusters.clusterCode, enterprise: getTableColumns(enterprises) })
        .from(enterpriseClusters)
        .innerJoin(enterprises, eq(enterprises.id, enterpriseClusters.enterpriseId))
        .where(inArray(enterpriseClusters.clusterCode, [...codes]))
        .orderBy(asc(enterprises.name));
      return groupBy(codes, rows, (r) => r.clusterCode).map((g) => g.map((r) => r.enterprise));
    }),
    /** The 2014 revenue target of each cluster (the plan's only per-cluster money target). */
    revenueTargetOfCluster: new DataLoader<string, typeof planTargets.$inferSelect | null>(async (codes) =>
      byKey(
        codes,
        await db
          .select()
          .from(planTargets)
          .where(
            and(
              eq(planTargets.metric, 'cluster_main_business_revenue'),
              inArray(planTargets.clusterCode, [...codes]),
            ),
          ),
        (t) => t.clusterCode ?? '',
      ),
    ),
    starLevelsOfZone: new DataLoader<string, (typeof zoneStarLevels.$inferSelect)[]>(async (codes) =>
      groupBy(
        codes,
        await db
          .select()
          .from(zoneStarLevels)
          .where(inArray(zoneStarLevels.zoneCode, [...codes]))
          .orderBy(asc(zoneStarLevels.year)),
        (l) => l.zoneCode,
      ),
    ),
    statusHistoryOfProject: new DataLoader<string, (typeof projectStatusChanges.$inferSelect)[]>(
      async (ids) =>
        groupBy(
          ids,
          await db
            .select()
            .from(projectStatusChanges)
            .where(inArray(projectStatusChanges.projectId, [...ids]))
            .orderBy(asc(projectStatusChanges.changedOn), asc(projectStatusChanges.id)),
          (c) => c.projectId,
        ),
    ),
    /** A project by id, for records that name one (a monthly report's lines). */
    project: new DataLoader<string, Project | null>(async (ids) =>
      byKey(
        ids,
        await db
          .select()
          .from(projects)
          .where(inArray(projects.id, [...ids])),
        (p) => p.id,
      ),
    ),
    projectsOfZone: new DataLoader<string, Project[]>(async (codes) =>
      groupBy(
        codes,
        await db
          .select()
          .from(projects)
          .where(inArray(projects.zoneCode, [...codes]))
          .orderBy(asc(projects.name)),
        (p) => p.zoneCode,
      ),
    ),
    /** The grid projects nearest each zone's footprint, on the sphere; one statement for all zones asked. */
    nearestGridProjects(options: NearestGridOptions): DataLoader<string, GridProject[]> {
      const key = JSON.stringify(options);
      let loader = nearestGrid.get(key);
      if (!loader) {
        loader = new DataLoader(async (codes) =>
          groupBy(codes, await nearestGridRows(db, codes, options), (r) => r.zoneCode),
        );
        nearestGrid.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

async function nearestGridRows(db: AtlasDb, codes: readonly string[], options: NearestGridOptions) {
  // Rank every (zone, grid project) pair by distance on the sphere and keep each zone's first few;
  // then load those projects whole. Two statements for all the zones asked about.
  const ranked = await selectRows<{ zone_code: string; id: string; distance_meters: number }>(
    db,
    sql`SELECT zone_code, id, distance_meters FROM (
          SELECT z.code AS zone_code, g.id, ST_Distance(g.geometry::geography, z.footprint::geography) AS distance_meters,
                 row_number() OVER (PARTITION BY z.code ORDER BY ST_Distance(g.geometry::geography, z.footprint::geography), g.id) AS n
          FROM zones z CROSS JOIN grid_projects g
          WHERE z.code IN ${codes}
            ${options.kind ? sql`AND g.kind = ${options.kind}` : sql``}
            ${options.minVoltageKv != null ? sql`AND g.voltage_kv >= ${options.minVoltageKv}` : sql``}
        ) ranked WHERE n <= ${options.first} ORDER BY zone_code, n`,
  );
  const ids = [...new Set(ranked.map((r) => r.id))];
  const rows = ids.length ? await db.select().from(gridProjects).where(inArray(gridProjects.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r) => {
    const row = byId.get(r.id);
    return row
      ? [{ ...row, zoneCode: r.zone_code, gridZoneCode: row.zoneCode, distanceMeters: r.distance_meters }]
      : [];
  });
}
