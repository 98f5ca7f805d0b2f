import { schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { requireZone } from '../write-checks';
import {
  date,
  decimal,
  FEATURE_TAIL,
  integer,
  SCHEDULE_COLUMNS,
  text,
  VERSION_COLUMN,
} from './layer-columns';
import type { LayerDefinition } from './layer-definition';
import { featureProvenance, readFeaturePage } from './layer-feature-page';

const { relocationSites, housingProjects } = schema;

/**
 * Villages moved out of a zone. The village (origin) is the feature, as on the map; where its
 * households go is a second point, given as destinationLng/destinationLat.
 */
export const RELOCATION_SITES_LAYER: LayerDefinition = {
  title: { zh: '村庄搬迁', en: 'Relocation sites' },
  columns: [
    text('id', '编号', 'ID'),
    text('villageName', '搬迁村庄', 'Village'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('communityName', '安置社区', 'Resettlement community'),
    integer('households', '户数', 'Households'),
    integer('householdsMoved', '已搬迁户数', 'Households moved'),
    integer('unitsPlanned', '计划套数', 'Units planned'),
    integer('unitsStarted', '开工套数', 'Units started'),
    integer('unitsCompleted', '竣工套数', 'Units completed'),
    date('startedOn', '开工日期', 'Started on'),
    decimal('destinationLng', '安置点经度', 'Destination lng', '0.0000000'),
    decimal('destinationLat', '安置点纬度', 'Destination lat', '0.0000000'),
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
        layer: 'RELOCATION_SITES',
        name: 'relocationSites',
        where: async ({ db }, f) => {
          await requireZone(db, f.zone);
          return [f.zone ? eq(relocationSites.zoneCode, f.zone) : undefined];
        },
        id: (r) => r.id,
        geometry: (r) => r.origin,
        properties: (r) => ({
          id: r.id,
          villageName: r.villageName,
          zoneCode: r.zoneCode,
          communityName: r.communityName,
          households: r.households,
          householdsMoved: r.householdsMoved,
          unitsPlanned: r.unitsPlanned,
          unitsStarted: r.unitsStarted,
          unitsCompleted: r.unitsCompleted,
          startedOn: r.startedOn,
          destinationLng: r.destination.coordinates[0],
          destinationLat: r.destination.coordinates[1],
          plannedStartOn: r.plannedStartOn,
          plannedFinishOn: r.plannedFinishOn,
          progressPercent: r.progressPercent,
          responsibleUnit: r.responsibleUnit,
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};

/** Resettlement (安置房) and public rental (公租房) housing. */
export const HOUSING_PROJECTS_LAYER: LayerDefinition = {
  title: { zh: '安置房与公租房', en: 'Housing projects' },
  columns: [
    text('id', '编号', 'ID'),
    text('name', '名称', 'Name'),
    text('kind', '类型', 'Kind'),
    text('zoneCode', '园区代码', 'Zone code'),
    text('relocationSiteId', '搬迁村庄编号', 'Relocation site ID'),
    integer('unitsPlanned', '计划套数', 'Units planned'),
    integer('unitsStarted', '开工套数', 'Units started'),
    integer('unitsCompleted', '竣工套数', 'Units completed'),
    VERSION_COLUMN,
    ...FEATURE_TAIL,
  ],
  hasGeometry: true,
  filters: ['zone', 'bbox'],
  read: (ctx, filters, window) =>
    readFeaturePage(
      ctx,
      {
        layer: 'HOUSING_PROJECTS',
        name: 'housingProjects',
        where: async ({ db }, f) => {
          await requireZone(db, f.zone);
          return [f.zone ? eq(housingProjects.zoneCode, f.zone) : undefined];
        },
        id: (r) => r.id,
        geometry: (r) => r.location,
        properties: (r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          zoneCode: r.zoneCode,
          relocationSiteId: r.relocationSiteId,
          unitsPlanned: r.unitsPlanned,
          unitsStarted: r.unitsStarted,
          unitsCompleted: r.unitsCompleted,
          version: r.version,
          ...featureProvenance(r),
        }),
      },
      filters,
      window,
    ),
};
