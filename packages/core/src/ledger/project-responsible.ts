import { LEADER_BODIES, type LeaderBody } from '@atlas/data';
import { bumpDataVersion, schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { checkedText } from '../text-checks';
import { translateDbError, writtenProvenance } from '../write-checks';
import { projectForLedgerWrite } from './ledger-project';

const { projectResponsibles } = schema;
export type ProjectResponsibleRow = typeof projectResponsibles.$inferSelect;

export interface ResponsibleInput {
  readonly projectId: string;
  readonly leaderName: string;
  readonly leaderTitle?: string | null;
  readonly leaderBody?: LeaderBody | null;
  readonly responsibleUnit: string;
}

/**
 * Names who answers for a project (一个项目、一个领导、一套班子, §三(三)): the leader, the body of
 * the four the leader sits in, and the unit doing the work; replaces the one there, audited.
 * Zone-scoped: a zone reporter only for its own zone's projects.
 */
export async function setProjectResponsible(
  ctx: CoreContext,
  input: ResponsibleInput,
): Promise<ProjectResponsibleRow> {
  requirePermission(ctx.actor, 'writeProjectLedger');
  const leaderName = checkedText(input.leaderName, 'leaderName', 'name');
  const leaderTitle = input.leaderTitle ? checkedText(input.leaderTitle, 'leaderTitle', 'name') : null;
  const responsibleUnit = checkedText(input.responsibleUnit, 'responsibleUnit', 'name');
  if (input.leaderBody && !LEADER_BODIES.includes(input.leaderBody))
    throw badInput(`未知的领导班子 ${input.leaderBody} / unknown leaderBody ${input.leaderBody}`, {
      field: 'leaderBody',
    });
  const provenance = writtenProvenance(ctx.actor, null);
  return ctx.db
    .transaction(async (tx) => {
      const project = await projectForLedgerWrite(ctx, tx, input.projectId, 'writeProjectLedger');
      const key = eq(projectResponsibles.projectId, project.id);
      const [before] = await tx.select().from(projectResponsibles).where(key).for('update');
      const values = {
        leaderName,
        leaderTitle,
        leaderBody: input.leaderBody ?? null,
        responsibleUnit,
        sourceKind: provenance.kind,
        sourceCitation: provenance.citation,
      };
      const [after] = before
        ? await tx
            .update(projectResponsibles)
            .set({ ...values, version: before.version + 1, updatedAt: new Date() })
            .where(key)
            .returning()
        : await tx
            .insert(projectResponsibles)
            .values({ ...values, projectId: project.id })
            .returning();
      if (!after) throw new Error('write returned no row');
      await writeAudit(tx, ctx.actor, {
        action: before ? 'UPDATE' : 'CREATE',
        entity: 'project_responsible',
        entityId: project.id,
        before: before ?? null,
        after,
      });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}
