import type { RankMovement } from '@atlas/data';

/** A zone's score at one round. */
export interface ZoneScore {
  readonly zoneCode: string;
  readonly score: number | null;
}

export interface RankRule {
  readonly topCount: number;
  readonly topConsequence: string | null;
  readonly bottomCount: number;
  readonly bottomConsequence: string | null;
}

export type Movement = RankMovement;

export interface RankedZone {
  readonly zoneCode: string;
  readonly score: number | null;
  /** 1 is best; tied scores share a rank (1, 2, 2, 4). Null when the zone has no score. */
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly movement: Movement | null;
  readonly consequence: string | null;
}

/** Standard competition ranking by score, highest first; zones without a score are left unranked. */
function ranks(scores: readonly ZoneScore[]): Map<string, number> {
  const scored = scores.filter((s): s is ZoneScore & { score: number } => s.score !== null);
  scored.sort((a, b) => b.score - a.score);
  const out = new Map<string, number>();
  scored.forEach((s, i) => {
    const previous = scored[i - 1];
    out.set(
      s.zoneCode,
      previous && previous.score === s.score ? (out.get(previous.zoneCode) as number) : i + 1,
    );
  });
  return out;
}

function movement(rank: number | null, previousRank: number | null): Movement | null {
  if (rank === null) return null;
  if (previousRank === null) return 'NEW';
  return rank < previousRank ? 'UP' : rank > previousRank ? 'DOWN' : 'SAME';
}

/**
 * Ranks zones for a round and applies the plan's consequences (§三(五)): the top N by rank present
 * or are rewarded, the bottom N make a statement or are criticised. Ties at a boundary share the
 * consequence, as an assessor would not split equal scores. Zones without a score are left out
 * of the count; where so few are scored that top and bottom overlap, the top consequence wins.
 */
export function rankZones(
  scores: readonly ZoneScore[],
  previous: readonly ZoneScore[],
  rule: RankRule,
): RankedZone[] {
  const current = ranks(scores);
  const before = ranks(previous);
  const ranked = current.size;
  const result = scores.map((s) => {
    const rank = current.get(s.zoneCode) ?? null;
    const previousRank = before.get(s.zoneCode) ?? null;
    let consequence: string | null = null;
    if (rank !== null && rank <= rule.topCount) consequence = rule.topConsequence;
    else if (rank !== null && rule.bottomCount > 0 && rank > ranked - rule.bottomCount)
      consequence = rule.bottomConsequence;
    return {
      zoneCode: s.zoneCode,
      score: s.score,
      rank,
      previousRank,
      movement: movement(rank, previousRank),
      consequence,
    };
  });
  return result.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.zoneCode.localeCompare(b.zoneCode),
  );
}
