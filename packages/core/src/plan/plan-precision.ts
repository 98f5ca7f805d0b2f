import type { Comparator } from '@atlas/data';

/**
 * How many decimals the plan wrote a target with: 51.78 has 2, 825 has 0. Floats from the database
 * (51.779998779296875 for a REAL column) are compared with a target at this precision, not bit by bit.
 *
 * @example decimalsOf(51.78) // 2
 */
export function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return Math.min(fraction.length, 6);
}

/**
 * Rounds to a number of decimals, half away from zero, as the figure is written (1.005 → 1.01,
 * though the float is 1.00499…; 837.1299999999999 → 837.13): the scaled value is read at 15
 * significant digits first, all a double holds.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** An actual is served with the target's decimals, and never fewer than two. */
export const servedDecimals = (target: number) => Math.max(2, decimalsOf(target));

/**
 * The percent of a target reached, to one decimal, kept on the same side of 100 as the verdict for
 * targets reached by going up: 51.77 against 51.78 is 99.9, never a rounded 100 that is not met.
 * Comparators that count differently (≈ from 95%, "below") keep the plain ratio.
 */
export function percentOf(
  comparator: Comparator,
  actual: number,
  target: number,
  met: boolean,
): number | null {
  if (target === 0) return null;
  const percent = Math.round((actual / target) * 1000) / 10;
  if (comparator !== 'GT' && comparator !== 'GTE' && comparator !== 'EQ') return percent;
  if (met && percent < 100) return 100;
  if (!met && percent >= 100) return 99.9;
  return percent;
}
