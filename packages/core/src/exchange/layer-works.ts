import { WORKS_STATUSES } from '@atlas/data';
import { schema } from '@atlas/db';
import { eq, inArray } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { CoreContext } from '../context';
import { requireZone } from '../write-checks';
import {
  decimal,
  FEATURE_TAIL,
  integer,
  moneyYi,
  SCHEDULE_COLUMNS,
  text,
  VERSION_COLUMN,
} from './layer-columns';
import type { LayerDefinition, LayerFilters } from './layer-definition';
import { featureProvenance, readFeaturePage } from './layer-feature-page';
import { checkedStatuses } from './layer-query';

const { roadLinks, gridProjects, facilities } = schema;

type ScheduleRow = {
  plannedStartOn: string | null;
  plannedFinishOn: string | null;
  progressPercent: number | null;
  responsibleUnit: string | null;
};

const schedule = (r: ScheduleRow) => ({
  plannedStartOn: r.plannedStartOn,
  plannedFinishOn: r.plannedFinishOn,
  progressPercent: r.progressPercent,
  responsibleUnit: r.responsibleUnit,
});

/** The zone condition of a layer whose rows name their zone (checked to exist: a typo is named). */
async function inZone(ctx: CoreContext, filters: LayerFilters, column: PgColumn) {
  await requireZone(ctx.db, filters.zone);
  return filters.zone ? eq(column, filters.zone) : undefined;
}

/** Road works linking zones to national and provincial roads. */
export const ROAD_LINKS_LAYER: LayerDefinition = {
  title: { zh: '道路工程', en: 'Road links' },
  columns: [
    text('id', '编号', 'ID'),
    text('name', '名称', 'Name'),
    text('kind', '类型', 'Kind'),
    text('zoneCode', '园区代码', 'Zone code'),
    moneyYi('investmentYi', '投资', 'Investment'),
    decimal('declaredLengthKm', '长度(公里)', 'Length (km)'),
    ...SCHEDULE_COLUMNS,
    VERSION_COLUMN,
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['zone', 'bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'ROAD_LINKS',
        name: 'roadLinks',
        where: async (c, f) => [await inZone(c, f, roadLinks.zoneCode)],
        id: (r) => r.id,
        geometry: (r) => r.geometry,
        properties: (r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          zoneCode: r.zoneCode,
          investmentYi: r.investmentYi,
          declaredLengthKm: r.lengthKm,
          ...schedule(r),
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};

/** Power-grid projects of ≥ 110 kV: substations (points) and lines. */
export const GRID_PROJECTS_LAYER: LayerDefinition = {
  title: { zh: '电网工程', en: 'Grid projects' },
  columns: [
    text('id', '编号', 'ID'),
    text('name', '名称', 'Name'),
    text('kind', '类型', 'Kind'),
    text('zoneCode', '园区代码', 'Zone code'),
    integer('voltageKv', '电压(千伏)', 'Voltage (kV)'),
    integer('transformerKva', '变电容量(千伏安)', 'Transformer capacity (kVA)'),
    decimal('declaredLengthKm', '线路长度(公里)', 'Line length (km)'),
    moneyYi('investmentYi', '投资', 'Investment'),
    text('status', '状态', 'Status'),
    ...SCHEDULE_COLUMNS,
    VERSION_COLUMN,
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['zone', 'status', 'bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'GRID_PROJECTS',
        name: 'gridProjects',
        where: async (c, f) => {
          const statuses = checkedStatuses(f.status, WORKS_STATUSES);
          return [
            await inZone(c, f, gridProjects.zoneCode),
            statuses.length ? inArray(gridProjects.status, statuses) : undefined,
          ];
        },
        id: (r) => r.id,
        geometry: (r) => r.geometry,
        properties: (r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          zoneCode: r.zoneCode,
          voltageKv: r.voltageKv,
          transformerKva: r.transformerKva,
          declaredLengthKm: r.lengthKm,
          investmentYi: r.investmentYi,
          status: r.status,
          ...schedule(r),
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};

/** Sewage plants, inspection centres, incubators, parks and other facilities. */
export const FACILITIES_LAYER: LayerDefinition = {
  title: { zh: '设施', en: 'Facilities' },
  columns: [
    text('id', '编号', 'ID'),
    text('name', '名称', 'Name'),
    text('kind', '类型', 'Kind'),
    text('level', '级别', 'Level'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('status', '状态', 'Status'),
    decimal('capacity', '规模', 'Capacity'),
    text('capacityUnit', '规模单位', 'Capacity unit'),
    ...SCHEDULE_COLUMNS,
    VERSION_COLUMN,
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['zone', 'status', 'bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'FACILITIES',
        name: 'facilities',
        where: async (c, f) => {
          const statuses = checkedStatuses(f.status, WORKS_STATUSES);
          return [
            await inZone(c, f, facilities.zoneCode),
            statuses.length ? inArray(facilities.status, statuses) : undefined,
          ];
        },
        id: (r) => r.id,
        geometry: (r) => r.location,
        properties: (r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          level: r.level,
          zoneCode: r.zoneCode,
          status: r.status,
          capacity: r.capacity,
          capacityUnit: r.capacityUnit,
          ...schedule(r),
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};
