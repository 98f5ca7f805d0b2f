import type { Provenance, RankingStatus } from '@atlas/data';
import { type AtlasDb, schema } from '@atlas/db';
import { desc, eq, lt } from 'drizzle-orm';
import { type InspectionCriterion, inspectionCriteriaSet } from './inspection-criteria';
import { type MeasuredValue, measureZones } from './inspection-measures';
import { inspectionPeriod } from './inspection-period';
import { roundPeriod } from './inspection-rounds';
import { type RankedZone, type RankRule, rankZones, type ZoneScore } from './rank-zones';
import { MISSING_DATA_RULE, TIE_RULE, weightedScore, type ZoneTotal } from './weighted-score';

const { inspectionRankingPublications, inspectionRounds, inspectionRules, zones } = schema;

/** A zone's line in a ranking: its rank and consequence, and the criteria its total is made of. */
export type ZoneRanking = RankedZone & Omit<ZoneTotal, 'zoneCode' | 'score'>;

/** A ranking's content: what a publication freezes. */
export interface RankingBody {
  readonly period: string;
  readonly kind: string;
  readonly heldOn: string | null;
  readonly provenance: Provenance;
  readonly previousPeriod: string | null;
  /** Whether movement was measured against the previous period's published ranking or its draft. */
  readonly previousStatus: RankingStatus | null;
  readonly previousVersion: number | null;
  readonly criteriaVersion: number;
  readonly criteria: InspectionCriterion[];
  readonly missingDataRule: string;
  readonly tieRule: string;
  readonly zones: ZoneRanking[];
}

/** A ranking as shown: the live draft, or one published version of it. */
export interface InspectionRanking extends RankingBody {
  readonly status: RankingStatus;
  readonly version: number | null;
  readonly publishedAt: Date | null;
  readonly publishedBy: string | null;
  readonly note: string | null;
}

type Round = typeof inspectionRounds.$inferSelect;
type PublicationRow = typeof inspectionRankingPublications.$inferSelect;

const NO_CONSEQUENCES: RankRule = {
  topCount: 0,
  topConsequence: null,
  bottomCount: 0,
  bottomConsequence: null,
};

/** The published versions of a period, newest first. */
export async function rankingPublications(db: AtlasDb, period: string): Promise<PublicationRow[]> {
  return db
    .select()
    .from(inspectionRankingPublications)
    .where(eq(inspectionRankingPublications.period, period))
    .orderBy(desc(inspectionRankingPublications.version));
}

export function publishedRanking(row: PublicationRow): InspectionRanking {
  return {
    ...(row.ranking as RankingBody),
    status: 'PUBLISHED',
    version: row.version,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    note: row.note,
  };
}

async function zoneTotals(
  db: AtlasDb,
  period: string,
  criteria: readonly InspectionCriterion[],
): Promise<ZoneTotal[]> {
  const p = inspectionPeriod(period);
  const measured = await Promise.all(criteria.map((c) => measureZones(db, c.measure, p)));
  const all = await db.select({ code: zones.code }).from(zones).orderBy(zones.code);
  // Every zone is listed: one without data shows as unranked rather than vanishing from the board.
  return all.map(({ code }) => {
    const values = new Map<string, MeasuredValue>();
    criteria.forEach((c, i) => {
      const v = measured[i]?.get(code);
      if (v) values.set(c.code, v);
    });
    return weightedScore(code, criteria, values);
  });
}

async function previousRound(db: AtlasDb, round: Round): Promise<Round | null> {
  if (!round.heldOn) return null;
  const [previous] = await db
    .select()
    .from(inspectionRounds)
    .where(lt(inspectionRounds.heldOn, round.heldOn))
    .orderBy(desc(inspectionRounds.heldOn))
    .limit(1);
  return previous ?? null;
}

/** The previous period's totals to measure movement by: as published if it was, else as it stands. */
async function previousScores(db: AtlasDb, previous: Round | null, criteria: readonly InspectionCriterion[]) {
  if (!previous) return { status: null, version: null, scores: [] as ZoneScore[] };
  const [latest] = await rankingPublications(db, previous.period);
  if (latest) {
    const body = latest.ranking as RankingBody;
    return { status: 'PUBLISHED' as const, version: latest.version, scores: body.zones as ZoneScore[] };
  }
  return { status: 'DRAFT' as const, version: null, scores: await zoneTotals(db, previous.period, criteria) };
}

/**
 * The live ranking of a round from the data as it stands: each zone's weighted total over the
 * newest criteria set, ranked with the plan's consequences for the round's kind, and its movement
 * since the round before. Null for a period with no round.
 */
export async function draftInspectionRanking(db: AtlasDb, period: string): Promise<InspectionRanking | null> {
  const [round] = await db.select().from(inspectionRounds).where(eq(inspectionRounds.period, period));
  if (!round) return null;
  const [rule] = await db.select().from(inspectionRules).where(eq(inspectionRules.kind, round.kind));
  const set = await inspectionCriteriaSet(db);
  const criteria = set?.criteria ?? [];
  const totals = await zoneTotals(db, period, criteria);
  const previous = await previousRound(db, round);
  const before = await previousScores(db, previous, criteria);
  const byZone = new Map(totals.map((t) => [t.zoneCode, t]));
  const ranked = rankZones(totals, before.scores, rule ?? NO_CONSEQUENCES);
  return {
    period: round.period,
    kind: round.kind,
    heldOn: round.heldOn,
    provenance: { kind: round.sourceKind, citation: round.sourceCitation },
    previousPeriod: previous?.period ?? null,
    previousStatus: before.status,
    previousVersion: before.version,
    criteriaVersion: set?.version ?? 0,
    criteria,
    missingDataRule: MISSING_DATA_RULE,
    tieRule: TIE_RULE,
    zones: ranked.map((r) => {
      const { zoneCode, score, ...detail } = byZone.get(r.zoneCode) as ZoneTotal;
      return { ...r, ...detail };
    }),
    status: 'DRAFT',
    version: null,
    publishedAt: null,
    publishedBy: null,
    note: null,
  };
}

export interface RankingChoice {
  /** A published version; the newest when not given. */
  readonly version?: number | null;
  /** The live draft, even when the period has been published. */
  readonly draft?: boolean | null;
}

/**
 * The ranking of a round such as "2014Q3", or of the newest round for "latest": its newest published
 * version if it has one, else the live draft; or, when asked, a given published version or the draft.
 * Null for a period with no round or an unknown version; BAD_INPUT for text that is no period.
 */
export async function inspectionRanking(
  db: AtlasDb,
  asked: string,
  choice: RankingChoice = {},
): Promise<InspectionRanking | null> {
  const period = await roundPeriod(db, asked);
  if (!period) return null;
  if (choice.draft) return draftInspectionRanking(db, period);
  const publications = await rankingPublications(db, period);
  if (choice.version != null) {
    const row = publications.find((p) => p.version === choice.version);
    return row ? publishedRanking(row) : null;
  }
  const [latest] = publications;
  return latest ? publishedRanking(latest) : draftInspectionRanking(db, period);
}
