import { METRIC_LABELS } from '@atlas/data';
import { bumpDataVersion, schema } from '@atlas/db';
import { and, eq, isNull } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { checkedPeriod } from '../period-checks';
import {
  type ProvenanceInput,
  requireCluster,
  requireZone,
  staleVersion,
  translateDbError,
  writtenProvenance,
} from '../write-checks';

const { progressReports } = schema;
export type ProgressReportRow = typeof progressReports.$inferSelect;

export interface ProgressReportInput {
  /** "2014Q3", "2014M09" (or "2014-09") or "2014". */
  readonly period: string;
  readonly metric: string;
  readonly zoneCode?: string | null;
  readonly clusterCode?: string | null;
  readonly value: number;
  /** The version read, when correcting an existing report; omitted for a new one. */
  readonly version?: number | null;
  readonly provenance?: ProvenanceInput | null;
}

/** Checks a report's input and returns its period as the records write it (`2014-09` is `2014M09`). */
function checkInput(input: ProgressReportInput): string {
  const period = checkedPeriod(input.period).toString();
  if (!METRIC_LABELS[input.metric])
    throw badInput(`未知指标 ${input.metric} / unknown metric ${input.metric}`);
  if (!Number.isFinite(input.value)) throw badInput('数值无效 / value must be a number');
  if (input.zoneCode && input.clusterCode)
    throw badInput('报告对象只能是一个园区或一个集群 / report for a zone or a cluster, not both');
  return period;
}

/**
 * Records a period's figure for a zone or a cluster (or the ten zones together); correcting an
 * existing report needs the version read, so two planners cannot silently overwrite each other.
 */
export async function recordProgressReport(
  ctx: CoreContext,
  input: ProgressReportInput,
): Promise<ProgressReportRow> {
  requirePermission(ctx.actor, 'recordProgress');
  const period = checkInput(input);
  const provenance = writtenProvenance(ctx.actor, input.provenance);
  return ctx.db
    .transaction(async (tx) => {
      await requireZone(tx, input.zoneCode);
      await requireCluster(tx, input.clusterCode);
      const [before] = await tx
        .select()
        .from(progressReports)
        .where(
          and(
            eq(progressReports.period, period),
            eq(progressReports.metric, input.metric),
            input.zoneCode ? eq(progressReports.zoneCode, input.zoneCode) : isNull(progressReports.zoneCode),
            input.clusterCode
              ? eq(progressReports.clusterCode, input.clusterCode)
              : isNull(progressReports.clusterCode),
          ),
        )
        .for('update');
      if (before && before.version !== input.version) {
        throw staleVersion('progress report', String(before.id), input.version ?? 0, before.version);
      }
      const values = { value: input.value, sourceKind: provenance.kind, sourceCitation: provenance.citation };
      const [after] = before
        ? await tx
            .update(progressReports)
            .set({ ...values, version: before.version + 1, updatedAt: new Date() })
            .where(eq(progressReports.id, before.id))
            .returning()
        : await tx
            .insert(progressReports)
            .values({
              ...values,
              period,
              metric: input.metric,
              zoneCode: input.zoneCode ?? null,
              clusterCode: input.clusterCode ?? null,
            })
            .returning();
      if (!after) throw new Error('write returned no row');
      await writeAudit(tx, ctx.actor, {
        action: before ? 'UPDATE' : 'CREATE',
        entity: 'progress report',
        entityId: String(after.id),
        before: before ?? null,
        after,
      });
      await bumpDataVersion(tx);
      return after;
    })
    .catch(translateDbError);
}
