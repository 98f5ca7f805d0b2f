/** A row of a ranking as far as its consequence goes. */
interface Ranked {
  readonly rank: number | null;
  readonly consequence: string | null;
}

/**
 * Whether a zone's consequence honours it (the plan's top one: 经验介绍, 奖励) or warns it (the
 * bottom one: 表态发言, 通报批评). The ranking gives the top consequence to the first ranks and the
 * bottom one to the last, so the side follows from the rank, whatever the rule's words are.
 */
export function consequenceSide(row: Ranked, rankedCount: number): 'honour' | 'warning' | null {
  if (!row.consequence || row.rank === null) return null;
  return row.rank <= rankedCount / 2 ? 'honour' : 'warning';
}
