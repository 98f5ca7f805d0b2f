import { type AtlasDb, schema } from '@atlas/db';
import type { Actor } from './actor';

/** Records one change; call inside the writing transaction so the record and the change land together. */
export async function writeAudit(
  db: AtlasDb,
  actor: Actor,
  change: { action: string; entity: string; entityId: string; before: unknown; after: unknown },
): Promise<void> {
  await db.insert(schema.auditLog).values({
    actor: `${actor.name} (${actor.role})`,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}
