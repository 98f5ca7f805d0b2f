import { type AtlasDb, schema } from '@atlas/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import { type RankedZone, rankZones } from './rank-zones';

const { inspectionRounds, inspectionScores, inspectionRules, zones } = schema;

export interface InspectionRanking {
  readonly round: typeof inspectionRounds.$inferSelect;
  readonly previousPeriod: string | null;
  readonly zones: RankedZone[];
}

async function scoresOf(db: AtlasDb, roundId: string) {
  const all = await db.select({ code: zones.code }).from(zones);
  const scored = await db.select().from(inspectionScores).where(eq(inspectionScores.roundId, roundId));
  const byZone = new Map(scored.map((s) => [s.zoneCode, s.score]));
  // Every zone is listed: one without a score shows as unranked rather than vanishing from the board.
  return all.map((z) => ({ zoneCode: z.code, score: byZone.get(z.code) ?? null }));
}

/** The ranking of a round (such as "2014Q3"), against the round before it; null for an unknown period. */
export async function inspectionRanking(db: AtlasDb, period: string): Promise<InspectionRanking | null> {
  const [round] = await db.select().from(inspectionRounds).where(eq(inspectionRounds.period, period));
  if (!round) return null;
  const [rule] = await db.select().from(inspectionRules).where(eq(inspectionRules.kind, round.kind));
  const [previous] = round.heldOn
    ? await db
        .select()
        .from(inspectionRounds)
        .where(and(lt(inspectionRounds.heldOn, round.heldOn)))
        .orderBy(desc(inspectionRounds.heldOn))
        .limit(1)
    : [];
  const current = await scoresOf(db, round.id);
  const before = previous ? await scoresOf(db, previous.id) : [];
  const ranked = rankZones(
    current,
    before,
    rule ?? { topCount: 0, topConsequence: null, bottomCount: 0, bottomConsequence: null },
  );
  return { round, previousPeriod: previous?.period ?? null, zones: ranked };
}
