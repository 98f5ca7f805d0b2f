/**
 * How a plan figure binds: 接近 is APPROX, 超过 is GT, 以上 is GTE, a plain figure is EQ.
 * The plan's wording is kept so "nearly 700 亿元" is never shown as "700 亿元".
 */
export const COMPARATORS = ['EQ', 'APPROX', 'GT', 'GTE', 'LT', 'LTE'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const COMPARATOR_SYMBOLS: Record<Comparator, string> = {
  EQ: '=',
  APPROX: '≈',
  GT: '>',
  GTE: '≥',
  LT: '<',
  LTE: '≤',
};
