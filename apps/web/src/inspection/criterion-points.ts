/** A criterion as the ranking names and weighs it. */
export interface CriterionDefinition {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly weight: number;
}

/** One zone's score on a criterion, as the ranking gives it (`RankedZone.criteria`). */
export interface CriterionScoreInput {
  readonly criterion: string;
  /** 0–100; null when the zone has no data for it. */
  readonly value?: number | null;
  /** Its share of the zone's total after re-spreading (0–1). */
  readonly appliedWeight: number;
}

/** What a criterion gave a zone and what it cost it, in points of the 100-point total. */
export interface CriterionPoints {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The weight the criteria set gives it, as a share of all weights (0–1). */
  readonly weight: number;
  /** The share it carried in this zone's total, after a missing criterion's weight was spread (0–1). */
  readonly appliedWeight: number;
  /** The zone's 0–100 value on it; null without data. */
  readonly value: number | null;
  /** Points it added to the total: value × applied weight. */
  readonly earned: number;
  /** Points the zone could have had from it and did not: (100 − value) × applied weight. */
  readonly lost: number;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Each criterion's part in a zone's score — weight, value, points earned and lost — in the criteria
 * set's order, so a zone sees where it lost its points. Points add up to the zone's score (to rounding).
 *
 * @example
 * criterionPoints([{ code: 'investment', nameZh: '投资', nameEn: 'Investment', weight: 3 },
 *   { code: 'started', nameZh: '开工', nameEn: 'Started', weight: 1 }],
 *   [{ criterion: 'investment', value: 80, appliedWeight: 0.75 }, { criterion: 'started', value: 40, appliedWeight: 0.25 }])
 * // [{ code: 'investment', weight: 0.75, earned: 60, lost: 15, … }, { code: 'started', earned: 10, lost: 15, … }]
 */
export function criterionPoints(
  criteria: readonly CriterionDefinition[],
  scores: readonly CriterionScoreInput[],
): CriterionPoints[] {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return criteria.map((c) => {
    const score = scores.find((s) => s.criterion === c.code);
    const value = score?.value ?? null;
    const applied = score?.appliedWeight ?? 0;
    return {
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      weight: total > 0 ? c.weight / total : 0,
      appliedWeight: applied,
      value,
      earned: round1((value ?? 0) * applied),
      lost: value === null ? 0 : round1((100 - value) * applied),
    };
  });
}
