import type { MeasuredValue } from './inspection-measures';

/** A criterion as scoring needs it: its code and relative weight. */
export interface WeightedCriterion {
  readonly code: string;
  readonly weight: number;
}

/** One criterion's part in a zone's total. */
export interface CriterionScore {
  readonly criterion: string;
  /** 0–100; null when the zone has no data for it. */
  readonly value: number | null;
  /** The figure as recorded (a score, a percentage, an amount in 亿元); null when missing. */
  readonly raw: number | null;
  /** The share of the zone's total this criterion carried (0–1): its weight after re-spreading. */
  readonly appliedWeight: number;
}

/** A zone's weighted total, with what it was made of and what was missing. */
export interface ZoneTotal {
  readonly zoneCode: string;
  /** 0–100 to one decimal; null when too little of the weight had data to rank the zone. */
  readonly score: number | null;
  readonly complete: boolean;
  readonly missingCriteria: string[];
  /** The share of the set's weight that had data (0–1). */
  readonly coverage: number;
  readonly criteria: CriterionScore[];
}

/** Below this share of the weight with data, a total would say more about the gaps than the zone. */
export const MIN_COVERAGE = 0.5;

/** How missing data is treated, in words the ranking shows beside the scores. */
export const MISSING_DATA_RULE =
  '缺少数据的指标不计分,其权重按比例分给有数据的指标,该区标注“数据不全”并列出所缺指标;有数据指标的权重合计不足一半的,不参与排名。' +
  ' / A criterion without data is left out and its weight spread over the criteria with data in proportion; the zone is flagged incomplete with the missing criteria listed. A zone whose criteria with data weigh less than half of the total is not ranked.';

/** How ties are treated, in words the ranking shows beside the scores. */
export const TIE_RULE =
  '总分保留一位小数,总分相同者名次相同并同享奖惩(如两区并列第三,均作经验介绍),其后名次顺延。' +
  ' / Totals are rounded to one decimal; equal totals share a rank and its consequence (two zones tied third both present their experience), and the next rank is skipped.';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A zone's weighted total. A missing criterion is not counted as 0, which would punish a zone for
 * a report not yet filed as if the work were not done; its weight goes to the criteria that have
 * data, and the zone is flagged so an assessor sees the total rests on less.
 *
 * @example weightedScore('fugou', [{ code: 'a', weight: 3 }, { code: 'b', weight: 1 }],
 *   new Map([['a', { value: 80, raw: 80 }], ['b', { value: 40, raw: 40 }]])).score // 70
 */
export function weightedScore(
  zoneCode: string,
  criteria: readonly WeightedCriterion[],
  values: ReadonlyMap<string, MeasuredValue>,
): ZoneTotal {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const present = criteria.filter((c) => values.has(c.code));
  const presentWeight = present.reduce((sum, c) => sum + c.weight, 0);
  const coverage = total > 0 ? presentWeight / total : 0;
  const weighted = present.reduce((sum, c) => sum + c.weight * (values.get(c.code)?.value ?? 0), 0);
  return {
    zoneCode,
    score: presentWeight > 0 && coverage >= MIN_COVERAGE ? round1(weighted / presentWeight) : null,
    complete: present.length === criteria.length,
    missingCriteria: criteria.filter((c) => !values.has(c.code)).map((c) => c.code),
    coverage,
    criteria: criteria.map((c) => {
      const v = values.get(c.code);
      return {
        criterion: c.code,
        value: v ? v.value : null,
        raw: v ? v.raw : null,
        appliedWeight: v && presentWeight > 0 ? c.weight / presentWeight : 0,
      };
    }),
  };
}
