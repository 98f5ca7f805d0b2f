import { bumpDataVersion, schema } from '@atlas/db';
import { and, eq } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { checkedDecimal, type DecimalRule } from '../number-checks';
import { translateDbError, writtenProvenance } from '../write-checks';
import { checkedYear } from './ledger-dates';
import { projectForLedgerWrite } from './ledger-project';

const { projectAnnualPlans } = schema;
export type AnnualPlanRow = typeof projectAnnualPlans.$inferSelect;

/** A year's plan in 万元: 0 up to 100,000,000 万元 (1 万亿元), to 2 decimals as `numeric(14,2)` keeps it. */
export const MONEY_WAN: DecimalRule = { min: 0, max: 100_000_000, places: 2, unit: '万元' };

export interface AnnualPlanInput {
  readonly projectId: string;
  readonly year: number;
  readonly plannedWan: number;
}

/**
 * Sets a project's 年度计划投资 for a year (replacing the one there), audited. Zone-scoped: a zone
 * reporter only for its own zone's projects.
 *
 * @example setProjectAnnualPlan(ctx, { projectId: 'demo-project-001', year: 2014, plannedWan: 12000 })
 */
export async function setProjectAnnualPlan(ctx: CoreContext, input: AnnualPlanInput): Promise<AnnualPlanRow> {
  requirePermission(ctx.actor, 'writeProjectLedger');
  checkedYear(input.year);
  checkedDecimal(input.plannedWan, 'plannedWan', MONEY_WAN);
  const provenance = writtenProvenance(ctx.actor, null);
  return ctx.db
    .transaction(async (tx) => {
      const project = await projectForLedgerWrite(ctx, tx, input.projectId, 'writeProjectLedger');
      const key = and(eq(projectAnnualPlans.projectId, project.id), eq(projectAnnualPlans.year, input.year));
      const [before] = await tx.select().from(projectAnnualPlans).where(key).for('update');
      const values = {
        plannedWan: input.plannedWan,
        sourceKind: provenance.kind,
        sourceCitation: provenance.citation,
      };
      const [after] = before
        ? await tx
            .update(projectAnnualPlans)
            .set({ ...values, version: before.version + 1, updatedAt: new Date() })
            .where(key)
            .returning()
        : await tx
            .insert(projectAnnualPlans)
            .values({ ...values, projectId: project.id, year: input.year })
            .returning();
      if (!after) throw new Error('write returned no row');
      await writeAudit(tx, ctx.actor, {
        action: before ? 'UPDATE' : 'CREATE',
        entity: 'project_annual_plan',
        entityId: `${project.id}:${input.year}`,
        before: before ?? null,
        after,
      });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}
