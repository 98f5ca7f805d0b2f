import type { Point } from 'geojson';
import { requirePermission } from '../actor';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { patchedSourceColumns, writtenSourceColumns } from '../features/feature-provenance';
import { createFeature, updateFeature } from '../features/write-feature';
import { checkedOptionalText, checkedText } from '../text-checks';
import { checkedCount, checkedGeometry, type ProvenanceInput, requireZone } from '../write-checks';

export interface RelocationSiteInput {
  readonly villageName: string;
  readonly zoneCode: string;
  readonly communityName: string;
  readonly households: number;
  readonly unitsPlanned: number;
  readonly unitsStarted?: number | null;
  readonly unitsCompleted?: number | null;
  readonly startedOn?: string | null;
  /** Where the village is. */
  readonly origin: unknown;
  /** Where its households move to. */
  readonly destination: unknown;
  readonly provenance?: ProvenanceInput | null;
}
export type RelocationSitePatch = Partial<{
  [K in keyof RelocationSiteInput]: RelocationSiteInput[K] | null;
}>;

function checkUnits(planned: number, started: number, completed: number): void {
  for (const [field, v] of [
    ['unitsPlanned', planned],
    ['unitsStarted', started],
    ['unitsCompleted', completed],
  ] as const) {
    checkedCount(v, field);
  }
  if (completed > started)
    throw badInput('建成套数不能多于开工套数 / unitsCompleted cannot exceed unitsStarted');
}

export function createRelocationSite(ctx: CoreContext, input: RelocationSiteInput) {
  requirePermission(ctx.actor, 'writeLayers');
  const villageName = checkedText(input.villageName, 'villageName', 'name');
  const communityName = checkedText(input.communityName, 'communityName', 'name');
  checkedCount(input.households, 'households');
  checkUnits(input.unitsPlanned, input.unitsStarted ?? 0, input.unitsCompleted ?? 0);
  const origin = checkedGeometry<Point>(input.origin, ['Point']);
  const destination = checkedGeometry<Point>(input.destination, ['Point']);
  return createFeature(
    ctx,
    'RELOCATION_SITES',
    {
      villageName,
      zoneCode: input.zoneCode,
      communityName,
      households: input.households,
      unitsPlanned: input.unitsPlanned,
      unitsStarted: input.unitsStarted ?? 0,
      unitsCompleted: input.unitsCompleted ?? 0,
      startedOn: input.startedOn ?? null,
      origin,
      destination,
      ...writtenSourceColumns(ctx.actor, input.provenance, true),
    } as never,
    { check: (db) => requireZone(db, input.zoneCode) },
  );
}

export function updateRelocationSite(
  ctx: CoreContext,
  id: string,
  version: number,
  patch: RelocationSitePatch,
) {
  requirePermission(ctx.actor, 'writeLayers');
  if (patch.households != null) checkedCount(patch.households, 'households');
  const villageName = checkedOptionalText(patch.villageName, 'villageName', 'name');
  const communityName = checkedOptionalText(patch.communityName, 'communityName', 'name');
  const origin = patch.origin != null ? checkedGeometry<Point>(patch.origin, ['Point']) : undefined;
  const destination =
    patch.destination != null ? checkedGeometry<Point>(patch.destination, ['Point']) : undefined;
  return updateFeature(
    ctx,
    'RELOCATION_SITES',
    id,
    version,
    (before) => {
      checkUnits(
        patch.unitsPlanned ?? before.unitsPlanned,
        patch.unitsStarted ?? before.unitsStarted,
        patch.unitsCompleted ?? before.unitsCompleted,
      );
      return {
        ...(villageName != null ? { villageName } : {}),
        ...(patch.zoneCode != null ? { zoneCode: patch.zoneCode } : {}),
        ...(communityName != null ? { communityName } : {}),
        ...(patch.households != null ? { households: patch.households } : {}),
        ...(patch.unitsPlanned != null ? { unitsPlanned: patch.unitsPlanned } : {}),
        ...(patch.unitsStarted != null ? { unitsStarted: patch.unitsStarted } : {}),
        ...(patch.unitsCompleted != null ? { unitsCompleted: patch.unitsCompleted } : {}),
        ...(patch.startedOn !== undefined ? { startedOn: patch.startedOn } : {}),
        ...(origin ? { origin } : {}),
        ...(destination ? { destination } : {}),
        ...patchedSourceColumns(
          ctx.actor,
          patch.provenance,
          origin !== undefined || destination !== undefined,
        ),
      };
    },
    { check: (db) => requireZone(db, patch.zoneCode) },
  );
}
