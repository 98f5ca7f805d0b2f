import { GRID_VOLTAGES_KV, type GridProjectKind, isGridVoltageKv, type WorksStatus } from '@atlas/data';
import type { LineString, MultiLineString, Point } from 'geojson';
import { requirePermission } from '../actor';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { patchedSourceColumns, writtenSourceColumns } from '../features/feature-provenance';
import { createFeature, updateFeature } from '../features/write-feature';
import { checkedDecimal, LENGTH_KM } from '../number-checks';
import { checkedOptionalText, checkedText } from '../text-checks';
import {
  checkedCount,
  checkedGeometry,
  checkedMoney,
  type ProvenanceInput,
  requireZone,
} from '../write-checks';

export interface GridProjectInput {
  readonly name: string;
  readonly kind: GridProjectKind;
  readonly zoneCode?: string | null;
  readonly voltageKv: number;
  readonly transformerKva?: number | null;
  readonly lengthKm?: number | null;
  readonly investmentYi: number;
  readonly status: WorksStatus;
  readonly geometry: unknown;
  readonly provenance?: ProvenanceInput | null;
}
export type GridProjectPatch = Partial<{ [K in keyof GridProjectInput]: GridProjectInput[K] | null }>;

// A substation is a point on the map; a line is a line.
const shapesFor = (kind: GridProjectKind) =>
  kind === 'SUBSTATION' ? (['Point'] as const) : (['LineString', 'MultiLineString'] as const);

function checkNumbers(input: GridProjectPatch): void {
  checkedMoney(input.investmentYi, 'investmentYi');
  checkedCount(input.transformerKva, 'transformerKva');
  if (input.voltageKv != null && !isGridVoltageKv(input.voltageKv)) {
    const levels = GRID_VOLTAGES_KV.join(', ');
    throw badInput(
      `电压 ${input.voltageKv} 千伏不是标称电压(${levels}) / voltageKv ${input.voltageKv} is not a nominal voltage (${levels} kV)`,
      { field: 'voltageKv', value: input.voltageKv },
    );
  }
  checkedDecimal(input.lengthKm, 'lengthKm', LENGTH_KM);
}

export function createGridProject(ctx: CoreContext, input: GridProjectInput) {
  requirePermission(ctx.actor, 'writeLayers');
  checkNumbers(input);
  const name = checkedText(input.name, 'name', 'name');
  const geometry = checkedGeometry<Point | LineString | MultiLineString>(
    input.geometry,
    shapesFor(input.kind),
  );
  return createFeature(
    ctx,
    'GRID_PROJECTS',
    {
      name,
      kind: input.kind,
      zoneCode: input.zoneCode ?? null,
      voltageKv: input.voltageKv,
      transformerKva: input.transformerKva ?? null,
      lengthKm: input.lengthKm ?? null,
      investmentYi: input.investmentYi,
      status: input.status,
      geometry,
      ...writtenSourceColumns(ctx.actor, input.provenance, true),
    } as never,
    { check: (db) => requireZone(db, input.zoneCode) },
  );
}

export function updateGridProject(ctx: CoreContext, id: string, version: number, patch: GridProjectPatch) {
  requirePermission(ctx.actor, 'writeLayers');
  checkNumbers(patch);
  const name = checkedOptionalText(patch.name, 'name', 'name');
  return updateFeature(
    ctx,
    'GRID_PROJECTS',
    id,
    version,
    (before) => {
      const kind = patch.kind ?? before.kind;
      const geometry =
        patch.geometry != null
          ? checkedGeometry<Point | LineString | MultiLineString>(patch.geometry, shapesFor(kind))
          : undefined;
      if (!geometry && patch.kind != null && patch.kind !== before.kind) {
        throw badInput('改变类型时须同时给出新的几何 / changing kind needs a geometry of the new shape');
      }
      return {
        ...(name != null ? { name } : {}),
        ...(patch.kind != null ? { kind: patch.kind } : {}),
        ...(patch.zoneCode !== undefined ? { zoneCode: patch.zoneCode } : {}),
        ...(patch.voltageKv != null ? { voltageKv: patch.voltageKv } : {}),
        ...(patch.transformerKva !== undefined ? { transformerKva: patch.transformerKva } : {}),
        ...(patch.lengthKm !== undefined ? { lengthKm: patch.lengthKm } : {}),
        ...(patch.investmentYi != null ? { investmentYi: patch.investmentYi } : {}),
        ...(patch.status != null ? { status: patch.status } : {}),
        ...(geometry ? { geometry } : {}),
        ...patchedSourceColumns(ctx.actor, patch.provenance, geometry !== undefined),
      };
    },
    { check: (db) => requireZone(db, patch.zoneCode) },
  );
}
