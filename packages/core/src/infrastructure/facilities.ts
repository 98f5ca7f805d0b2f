import type { FacilityKind, FacilityLevel, WorksStatus } from '@atlas/data';
import type { Point } from 'geojson';
import { requirePermission } from '../actor';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { patchedSourceColumns, writtenSourceColumns } from '../features/feature-provenance';
import { createFeature, updateFeature } from '../features/write-feature';
import { CAPACITY, checkedDecimal } from '../number-checks';
import { checkedOptionalText, checkedText } from '../text-checks';
import { checkedGeometry, type ProvenanceInput, requireZone } from '../write-checks';

export interface FacilityInput {
  readonly name: string;
  readonly kind: FacilityKind;
  readonly level?: FacilityLevel | null;
  readonly zoneCode?: string | null;
  readonly status: WorksStatus;
  readonly capacity?: number | null;
  readonly capacityUnit?: string | null;
  readonly geometry: unknown;
  readonly provenance?: ProvenanceInput | null;
}
export type FacilityPatch = Partial<{ [K in keyof FacilityInput]: FacilityInput[K] | null }>;

function checkCapacity(capacity: number | null | undefined, unit: string | null | undefined): void {
  if (capacity == null) return;
  checkedDecimal(capacity, 'capacity', CAPACITY);
  if (!unit) throw badInput('请给出能力单位,如 t/day / capacity needs a unit such as t/day');
}

export function createFacility(ctx: CoreContext, input: FacilityInput) {
  requirePermission(ctx.actor, 'writeLayers');
  const name = checkedText(input.name, 'name', 'name');
  const capacityUnit = checkedOptionalText(input.capacityUnit, 'capacityUnit', 'unit');
  checkCapacity(input.capacity, capacityUnit);
  const geometry = checkedGeometry<Point>(input.geometry, ['Point']);
  return createFeature(
    ctx,
    'FACILITIES',
    {
      name,
      kind: input.kind,
      level: input.level ?? null,
      zoneCode: input.zoneCode ?? null,
      status: input.status,
      capacity: input.capacity ?? null,
      capacityUnit: capacityUnit ?? null,
      location: geometry,
      ...writtenSourceColumns(ctx.actor, input.provenance, true),
    } as never,
    { check: (db) => requireZone(db, input.zoneCode) },
  );
}

export function updateFacility(ctx: CoreContext, id: string, version: number, patch: FacilityPatch) {
  requirePermission(ctx.actor, 'writeLayers');
  const name = checkedOptionalText(patch.name, 'name', 'name');
  const capacityUnit = checkedOptionalText(patch.capacityUnit, 'capacityUnit', 'unit');
  const geometry = patch.geometry != null ? checkedGeometry<Point>(patch.geometry, ['Point']) : undefined;
  return updateFeature(
    ctx,
    'FACILITIES',
    id,
    version,
    (before) => {
      checkCapacity(patch.capacity ?? before.capacity, capacityUnit ?? before.capacityUnit);
      return {
        ...(name != null ? { name } : {}),
        ...(patch.kind != null ? { kind: patch.kind } : {}),
        ...(patch.level !== undefined ? { level: patch.level } : {}),
        ...(patch.zoneCode !== undefined ? { zoneCode: patch.zoneCode } : {}),
        ...(patch.status != null ? { status: patch.status } : {}),
        ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
        ...(capacityUnit !== undefined ? { capacityUnit } : {}),
        ...(geometry ? { location: geometry } : {}),
        ...patchedSourceColumns(ctx.actor, patch.provenance, geometry !== undefined),
      };
    },
    { check: (db) => requireZone(db, patch.zoneCode) },
  );
}
