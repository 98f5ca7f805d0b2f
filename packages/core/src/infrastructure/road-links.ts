import type { RoadLinkKind } from '@atlas/data';
import { lengthKm } from '@atlas/geo';
import type { LineString, MultiLineString } from 'geojson';
import { requirePermission } from '../actor';
import type { CoreContext } from '../context';
import { patchedSourceColumns, writtenSourceColumns } from '../features/feature-provenance';
import { createFeature, updateFeature } from '../features/write-feature';
import { checkedDecimal, LENGTH_KM } from '../number-checks';
import { checkedOptionalText, checkedText } from '../text-checks';
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

const checkedLength = (value: number | null | undefined) => checkedDecimal(value, 'lengthKm', LENGTH_KM);

export function createRoadLink(ctx: CoreContext, input: RoadLinkInput) {
  requirePermission(ctx.actor, 'writeLayers');
  checkedMoney(input.investmentYi, 'investmentYi');
  checkedLength(input.lengthKm);
  const name = checkedText(input.name, 'name', 'name');
  const geometry = checkedGeometry<LineString | MultiLineString>(input.geometry, LINES);
  return createFeature(
    ctx,
    'ROAD_LINKS',
    {
      name,
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
  requirePermission(ctx.actor, 'writeLayers');
  checkedMoney(patch.investmentYi, 'investmentYi');
  checkedLength(patch.lengthKm);
  const name = checkedOptionalText(patch.name, 'name', 'name');
  const geometry =
    patch.geometry != null ? checkedGeometry<LineString | MultiLineString>(patch.geometry, LINES) : undefined;
  return updateFeature(
    ctx,
    'ROAD_LINKS',
    id,
    version,
    {
      ...(name != null ? { name } : {}),
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
