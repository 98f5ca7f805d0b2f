import type { RoadLinkKind } from '@atlas/data';
import { lengthKm } from '@atlas/geo';
import type { LineString, MultiLineString } from 'geojson';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { patchedSourceColumns, writtenSourceColumns } from '../features/feature-provenance';
import { createFeature, updateFeature } from '../features/write-feature';
import { checkedGeometry, checkedMoney, type ProvenanceInput, requireZone } from '../write-checks';

export interface RoadLinkInput {
  readonly name: string;
  readonly kind: RoadLinkKind;
  readonly zoneCode?: string | null;
  readonly investmentYi?: number | null;
  /** Declared length; measured from the line when not given. */
  readonly lengthKm?: number | null;
  readonly geometry: unknown;
  readonly provenance?: ProvenanceInput | null;
}
export type RoadLinkPatch = Partial<{ [K in keyof RoadLinkInput]: RoadLinkInput[K] | null }>;

const LINES = ['LineString', 'MultiLineString'] as const;

function checkedLength(value: number | null | undefined): void {
  if (value != null && !(Number.isFinite(value) && value > 0))
    throw badInput('长度须大于 0 / lengthKm must be above 0');
}

export function createRoadLink(ctx: CoreContext, input: RoadLinkInput) {
  checkedMoney(input.investmentYi, 'investmentYi');
  checkedLength(input.lengthKm);
  const geometry = checkedGeometry<LineString | MultiLineString>(input.geometry, LINES);
  return createFeature(
    ctx,
    'ROAD_LINKS',
    {
      name: input.name,
      kind: input.kind,
      zoneCode: input.zoneCode ?? null,
      investmentYi: input.investmentYi ?? null,
      lengthKm: input.lengthKm ?? Math.round(lengthKm(geometry) * 100) / 100,
      geometry,
      ...writtenSourceColumns(ctx.actor, input.provenance, true),
    } as never,
    { check: (db) => requireZone(db, input.zoneCode) },
  );
}

export function updateRoadLink(ctx: CoreContext, id: string, version: number, patch: RoadLinkPatch) {
  checkedMoney(patch.investmentYi, 'investmentYi');
  checkedLength(patch.lengthKm);
  const geometry =
    patch.geometry != null ? checkedGeometry<LineString | MultiLineString>(patch.geometry, LINES) : undefined;
  return updateFeature(
    ctx,
    'ROAD_LINKS',
    id,
    version,
    {
      ...(patch.name != null ? { name: patch.name } : {}),
      ...(patch.kind != null ? { kind: patch.kind } : {}),
      ...(patch.zoneCode !== undefined ? { zoneCode: patch.zoneCode } : {}),
      ...(patch.investmentYi !== undefined ? { investmentYi: patch.investmentYi } : {}),
      ...(patch.lengthKm != null ? { lengthKm: patch.lengthKm } : {}),
      ...(geometry ? { geometry } : {}),
      ...patchedSourceColumns(ctx.actor, patch.provenance, geometry !== undefined),
    },
    { check: (db) => requireZone(db, patch.zoneCode) },
  );
}
