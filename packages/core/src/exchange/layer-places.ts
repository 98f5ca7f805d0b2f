import { schema } from '@atlas/db';
import { eq, inArray } from 'drizzle-orm';
import { requireCluster, requireZone } from '../write-checks';
import { decimal, FEATURE_TAIL, text, VERSION_COLUMN } from './layer-columns';
import type { LayerDefinition } from './layer-definition';
import { featureProvenance, readFeaturePage } from './layer-feature-page';

const { zones, clusterMemberships } = schema;

/** Zhoukou's ten county-level divisions and their boundaries. */
export const COUNTIES_LAYER: LayerDefinition = {
  title: { zh: '县界', en: 'Counties' },
  columns: [
    text('adcode', '行政区划代码', 'Adcode'),
    text('name', '名称', 'Name'),
    text('nameEn', '英文名', 'English name'),
    text('seatName', '驻地', 'Seat'),
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'COUNTIES',
        name: 'counties',
        where: async () => [],
        id: (r) => r.adcode,
        geometry: (r) => r.boundary,
        properties: (r) => ({
          adcode: r.adcode,
          name: r.name,
          nameEn: r.nameEn,
          seatName: r.seatName,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};

/** The ten 产业集聚区 with their footprints (surveyed, or the schematic square until surveyed). */
export const ZONES_LAYER: LayerDefinition = {
  title: { zh: '产业集聚区', en: 'Zones' },
  columns: [
    text('code', '代码', 'Code'),
    text('name', '名称', 'Name'),
    text('nameEn', '英文名', 'English name'),
    text('countyAdcode', '所属县代码', 'County adcode'),
    text('starLevel', '星级', 'Star level'),
    decimal('plannedAreaKm2', '规划面积(平方公里)', 'Planned area (km²)'),
    VERSION_COLUMN,
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['zone', 'cluster', 'bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'ZONES',
        name: 'zones',
        where: async ({ db }, f) => {
          await requireZone(db, f.zone);
          await requireCluster(db, f.cluster);
          return [
            f.zone ? eq(zones.code, f.zone) : undefined,
            f.cluster
              ? inArray(
                  zones.code,
                  db
                    .select({ code: clusterMemberships.zoneCode })
                    .from(clusterMemberships)
                    .where(eq(clusterMemberships.clusterCode, f.cluster)),
                )
              : undefined,
          ];
        },
        id: (r) => r.code,
        geometry: (r) => r.footprint,
        properties: (r) => ({
          code: r.code,
          name: r.name,
          nameEn: r.nameEn,
          countyAdcode: r.countyAdcode,
          starLevel: r.starLevel,
          plannedAreaKm2: r.plannedAreaKm2,
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};
