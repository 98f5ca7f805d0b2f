import { bumpDataVersion } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { type Action, requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { staleVersion, translateDbError } from '../write-checks';
import { LAYERS, type LayerName } from './layers';

export type EditableLayer = Extract<
  LayerName,
  'PROJECTS' | 'ROAD_LINKS' | 'GRID_PROJECTS' | 'FACILITIES' | 'RELOCATION_SITES'
>;
type Row<L extends EditableLayer> = (typeof LAYERS)[L]['table']['$inferSelect'];
type Insert<L extends EditableLayer> = (typeof LAYERS)[L]['table']['$inferInsert'];

/**
 * Work a write does inside its transaction: `check` before it (the checks that need the database,
 * such as a known zone code), `after` it (the rows that go with it, such as a status history).
 */
export interface WriteSteps<R> {
  /** The power the write needs; `writeLayers` unless the layer has its own (projects: `writeProjects`). */
  readonly action?: Action;
  readonly check?: (db: CoreContext['db'], before: R | null) => Promise<void>;
  readonly after?: (db: CoreContext['db'], after: R, before: R | null) => Promise<void>;
}

/** Inserts a feature, audited and bumping the data version, in one transaction. Callers have checked the values. */
export async function createFeature<L extends EditableLayer>(
  ctx: CoreContext,
  layer: L,
  values: Insert<L>,
  steps: WriteSteps<Row<L>> = {},
): Promise<Row<L>> {
  requirePermission(ctx.actor, steps.action ?? 'writeLayers');
  const spec = LAYERS[layer];
  return ctx.db
    .transaction(async (tx) => {
      await steps.check?.(tx, null);
      const [row] = (await tx
        .insert(spec.table)
        .values(values as never)
        .returning()) as Row<L>[];
      if (!row) throw new Error('insert returned no row');
      await steps.after?.(tx, row, null);
      await writeAudit(tx, ctx.actor, {
        action: 'CREATE',
        entity: spec.entity,
        entityId: row.id,
        before: null,
        after: row,
      });
      await bumpDataVersion(tx);
      return row;
    })
    .catch(translateDbError);
}

/** Updates a feature if `version` is current (else STALE_VERSION, nothing written), audited, in one transaction. */
export async function updateFeature<L extends EditableLayer>(
  ctx: CoreContext,
  layer: L,
  id: string,
  version: number,
  /** The columns to set, or a function of the current row when the checks depend on it. */
  set: Partial<Insert<L>> | ((before: Row<L>) => Partial<Insert<L>>),
  steps: WriteSteps<Row<L>> = {},
): Promise<Row<L>> {
  requirePermission(ctx.actor, steps.action ?? 'writeLayers');
  const spec = LAYERS[layer];
  return ctx.db
    .transaction(async (tx) => {
      const [before] = (await tx.select().from(spec.table).where(eq(spec.id, id)).for('update')) as Row<L>[];
      if (!before) throw notFound(spec.entity, id);
      if (before.version !== version) throw staleVersion(spec.entity, id, version, before.version);
      await steps.check?.(tx, before);
      const [after] = (await tx
        .update(spec.table)
        .set({
          ...(typeof set === 'function' ? set(before) : set),
          version: before.version + 1,
          updatedAt: new Date(),
        } as never)
        .where(eq(spec.id, id))
        .returning()) as Row<L>[];
      if (!after) throw notFound(spec.entity, id);
      await steps.after?.(tx, after, before);
      await writeAudit(tx, ctx.actor, { action: 'UPDATE', entity: spec.entity, entityId: id, before, after });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}
