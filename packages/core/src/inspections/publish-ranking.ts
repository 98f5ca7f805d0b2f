import { bumpDataVersion, schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import { requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { badInput, notFound } from '../errors';
import { checkedText } from '../text-checks';
import { translateDbError } from '../write-checks';
import {
  draftInspectionRanking,
  type InspectionRanking,
  publishedRanking,
  type RankingBody,
  rankingPublications,
} from './inspection-ranking';

const { inspectionRankingPublications, inspectionRounds } = schema;

export interface PublishRankingInput {
  readonly period: string;
  /** What was reviewed, or why it is published again: kept with the version and in the audit log. */
  readonly note: string;
}

/** The body of a ranking, without what only a publication has (status, version, who and when). */
function bodyOf(ranking: InspectionRanking): RankingBody {
  const { status, version, publishedAt, publishedBy, note, ...body } = ranking;
  return body;
}

/**
 * Publishes the reviewed draft of a period as its next version, frozen: later edits to scores,
 * projects, reports or weights change the draft, never a published version. Publishing again keeps
 * every earlier version and is audited as a re-publication. Admin only.
 */
export async function publishInspectionRanking(
  ctx: CoreContext,
  input: PublishRankingInput,
): Promise<InspectionRanking> {
  requirePermission(ctx.actor, 'publishRanking');
  if (!input.note.trim()) throw badInput('请说明审核情况 / say what was reviewed before publishing');
  const note = checkedText(input.note, 'note', 'note');
  checkedText(input.period, 'period', 'code');
  const row = await ctx.db
    .transaction(async (tx) => {
      // Locking the round makes two publications of one period take turns for the next version.
      const [round] = await tx
        .select()
        .from(inspectionRounds)
        .where(eq(inspectionRounds.period, input.period))
        .for('update');
      if (!round) throw notFound('inspection round', input.period);
      const draft = await draftInspectionRanking(tx, input.period);
      if (!draft?.zones.some((z) => z.rank !== null))
        throw badInput(`${input.period} 没有可排名的产业集聚区 / no zone can be ranked for ${input.period}`);
      const [previous] = await rankingPublications(tx, input.period);
      const version = (previous?.version ?? 0) + 1;
      const [published] = await tx
        .insert(inspectionRankingPublications)
        .values({
          period: input.period,
          version,
          criteriaVersion: draft.criteriaVersion,
          note,
          publishedBy: `${ctx.actor.name} (${ctx.actor.role})`,
          ranking: bodyOf(draft),
        })
        .returning();
      if (!published) throw new Error('publication returned no row');
      await writeAudit(tx, ctx.actor, {
        action: previous ? 'REPUBLISH' : 'PUBLISH',
        entity: 'inspection ranking',
        entityId: `${input.period}/v${version}`,
        before: previous
          ? { version: previous.version, note: previous.note, ranking: previous.ranking }
          : null,
        after: { version, note, ranking: published.ranking },
      });
      await bumpDataVersion(tx);
      return published;
    })
    .catch(translateDbError);
  return publishedRanking(row);
}
