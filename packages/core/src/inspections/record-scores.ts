import type { RankedInspectionKind } from '@atlas/data';
import { bumpDataVersion, schema } from '@atlas/db';
import { and, eq } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import {
  type ProvenanceInput,
  requireZone,
  staleVersion,
  translateDbError,
  writtenProvenance,
} from '../write-checks';
import { inspectionPeriod } from './inspection-period';

const { inspectionRounds, inspectionScores } = schema;
export type InspectionScoreRow = typeof inspectionScores.$inferSelect;

export interface InspectionScoresInput {
  readonly period: string;
  readonly kind: RankedInspectionKind;
  readonly heldOn?: string | null;
  readonly scores: readonly { zoneCode: string; score: number; version?: number | null }[];
  readonly provenance?: ProvenanceInput | null;
}

function checkScores(input: InspectionScoresInput): void {
  inspectionPeriod(input.period);
  const zones = new Set<string>();
  for (const s of input.scores) {
    if (!(Number.isFinite(s.score) && s.score >= 0 && s.score <= 100)) {
      throw badInput(
        `${s.zoneCode} 的得分须在 0–100 之间 / the score for ${s.zoneCode} must be between 0 and 100`,
      );
    }
    if (zones.has(s.zoneCode)) throw badInput(`${s.zoneCode} 重复评分 / ${s.zoneCode} is scored twice`);
    zones.add(s.zoneCode);
  }
}

/**
 * Records the zones' scores at an inspection round, creating the round if it is new. All scores
 * land together or none do; changing a recorded score needs the version read.
 */
export async function recordInspectionScores(
  ctx: CoreContext,
  input: InspectionScoresInput,
): Promise<InspectionScoreRow[]> {
  requirePermission(ctx.actor, 'recordInspectionScores');
  checkScores(input);
  const provenance = writtenProvenance(ctx.actor, input.provenance);
  const source = { sourceKind: provenance.kind, sourceCitation: provenance.citation };
  return ctx.db
    .transaction(async (tx) => {
      let [round] = await tx.select().from(inspectionRounds).where(eq(inspectionRounds.period, input.period));
      if (!round) {
        [round] = await tx
          .insert(inspectionRounds)
          .values({
            id: `round-${input.period}`,
            period: input.period,
            kind: input.kind,
            heldOn: input.heldOn ?? null,
            ...source,
          })
          .returning();
      }
      if (!round) throw new Error('no round');
      const written: InspectionScoreRow[] = [];
      for (const s of input.scores) {
        await requireZone(tx, s.zoneCode);
        const key = and(eq(inspectionScores.roundId, round.id), eq(inspectionScores.zoneCode, s.zoneCode));
        const [before] = await tx.select().from(inspectionScores).where(key).for('update');
        if (before && before.version !== s.version) {
          throw staleVersion(
            'inspection score',
            `${input.period}/${s.zoneCode}`,
            s.version ?? 0,
            before.version,
          );
        }
        const [after] = before
          ? await tx
              .update(inspectionScores)
              .set({ score: s.score, ...source, version: before.version + 1, updatedAt: new Date() })
              .where(key)
              .returning()
          : await tx
              .insert(inspectionScores)
              .values({ roundId: round.id, zoneCode: s.zoneCode, score: s.score, ...source })
              .returning();
        if (!after) throw new Error('write returned no row');
        await writeAudit(tx, ctx.actor, {
          action: before ? 'UPDATE' : 'CREATE',
          entity: 'inspection score',
          entityId: `${input.period}/${s.zoneCode}`,
          before: before ?? null,
          after,
        });
        written.push(after);
      }
      await bumpDataVersion(tx);
      return written;
    })
    .catch(translateDbError);
}
