import {
  type FacilityKind,
  type FacilityLevel,
  type GridProjectKind,
  type GridVoltage,
  type HousingKind,
  kvOf,
  type WorksStatus,
} from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { type FeatureOrder, type FeatureRow, listFeatures } from '../features/list-features';
import type { SpatialFilter } from '../features/spatial-filter';

/** What every infrastructure list takes: the spatial filter and the order. */
export interface InfrastructureListOptions {
  readonly filter?: SpatialFilter | null;
  readonly orderBy?: FeatureOrder | null;
}

/**
 * Grid projects of a kind, a voltage and a stage, as a planner asks ("every 220 kV substation"):
 * one statement.
 *
 * @example await listGridProjects(db, { kind: 'SUBSTATION', voltage: 'KV_220' })
 */
export function listGridProjects(
  db: AtlasDb,
  only: InfrastructureListOptions & {
    readonly kind?: GridProjectKind | null;
    readonly voltage?: GridVoltage | null;
    readonly status?: WorksStatus | null;
  } = {},
): Promise<FeatureRow<'GRID_PROJECTS'>[]> {
  const { gridProjects } = schema;
  return listFeatures(db, 'GRID_PROJECTS', {
    filter: only.filter ?? null,
    orderBy: only.orderBy ?? null,
    kind: only.kind ?? null,
    where: [
      only.voltage ? eq(gridProjects.voltageKv, kvOf(only.voltage)) : undefined,
      only.status ? eq(gridProjects.status, only.status) : undefined,
    ],
  });
}

/**
 * Facilities of a kind, a level and a stage ("the national quality inspection centres"): one statement.
 *
 * @example await listFacilities(db, { kind: 'QUALITY_INSPECTION_CENTRE', level: 'NATIONAL' })
 */
export function listFacilities(
  db: AtlasDb,
  only: InfrastructureListOptions & {
    readonly kind?: FacilityKind | null;
    readonly level?: FacilityLevel | null;
    readonly status?: WorksStatus | null;
  } = {},
): Promise<FeatureRow<'FACILITIES'>[]> {
  const { facilities } = schema;
  return listFeatures(db, 'FACILITIES', {
    filter: only.filter ?? null,
    orderBy: only.orderBy ?? null,
    kind: only.kind ?? null,
    where: [
      only.level ? eq(facilities.level, only.level) : undefined,
      only.status ? eq(facilities.status, only.status) : undefined,
    ],
  });
}

/** Housing projects of a kind (安置房 or 公租房): one statement. */
export function listHousingProjects(
  db: AtlasDb,
  only: InfrastructureListOptions & { readonly kind?: HousingKind | null } = {},
): Promise<FeatureRow<'HOUSING_PROJECTS'>[]> {
  return listFeatures(db, 'HOUSING_PROJECTS', {
    filter: only.filter ?? null,
    orderBy: only.orderBy ?? null,
    kind: only.kind ?? null,
  });
}
