import { badInput } from './errors';

/** An exact decimal quantity: its range, whether the lower end is allowed, and decimal places kept. */
export interface DecimalRule {
  readonly min: number;
  readonly max: number;
  /** When true, `min` itself is refused (a length must be above 0). */
  readonly minExclusive?: boolean;
  readonly places: number;
  /** For the message, e.g. "亿元" or "km". */
  readonly unit: string;
}

/**
 * Money in 亿元: 0 to 100,000 亿元 (ten times China's GDP of 2014, far above any project), to 4
 * decimal places (1 万元), which `numeric(14,4)` stores exactly.
 */
export const MONEY_YI: DecimalRule = { min: 0, max: 100_000, places: 4, unit: '亿元' };

/**
 * A length in km: above 0 up to 1,000 km (Zhoukou is about 150 km across), to 3 decimals (1 m).
 * The columns are `real`, whose 24-bit mantissa still tells every metre apart below 1,024 km.
 */
export const LENGTH_KM: DecimalRule = { min: 0, max: 1_000, minExclusive: true, places: 3, unit: 'km' };

/**
 * A facility's capacity in its own unit (t/day, MW, beds …): above 0 up to 1,000,000, to 1 decimal,
 * the finest a `real` column keeps apart at a million.
 */
export const CAPACITY: DecimalRule = { min: 0, max: 1_000_000, minExclusive: true, places: 1, unit: '' };

/** True when `value` is exactly a decimal with at most `places` decimals, as the caller wrote it. */
export function hasAtMostPlaces(value: number, places: number): boolean {
  return Number(value.toFixed(places)) === value;
}

/**
 * A number a planner sent, checked against its rule: finite, within range, and with no more decimal
 * places than the column keeps; anything else is BAD_INPUT, never silently rounded.
 *
 * @example checkedDecimal(0.001, 'investmentYi', MONEY_YI) // passes: 10 万元
 */
export function checkedDecimal(value: number | null | undefined, field: string, rule: DecimalRule): void {
  if (value === null || value === undefined) return;
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const low = rule.minExclusive ? `大于 ${rule.min}` : `不小于 ${rule.min}`;
  const lowEn = rule.minExclusive ? `above ${rule.min}` : `at least ${rule.min}`;
  const inRange =
    Number.isFinite(value) && (rule.minExclusive ? value > rule.min : value >= rule.min) && value <= rule.max;
  if (!inRange)
    throw badInput(
      `${field} 须${low}且不超过 ${rule.max}${unit} / ${field} must be ${lowEn} and at most ${rule.max}${unit}, got ${value}`,
      { field, min: rule.min, max: rule.max },
    );
  if (!hasAtMostPlaces(value, rule.places))
    throw badInput(
      `${field} 最多保留 ${rule.places} 位小数 / ${field} takes at most ${rule.places} decimal places, got ${value}`,
      { field, places: rule.places },
    );
}
