import { describe, expect, it } from 'vitest';
import { decimalsOf, roundTo } from './plan-precision';
import { isMet, type PlanTargetRow, progressOf } from './target-progress';

describe('isMet', () => {
  it('reads each comparator as the plan words it', () => {
    expect(isMet('GT', 500.1, 500)).toBe(true);
    expect(isMet('GT', 500, 500)).toBe(false);
    expect(isMet('GTE', 15, 15)).toBe(true);
    expect(isMet('EQ', 200, 200)).toBe(true);
    expect(isMet('EQ', 199, 200)).toBe(false);
    // 接近700亿元: nearly 700 counts from 95% of it.
    expect(isMet('APPROX', 665, 700)).toBe(true);
    expect(isMet('APPROX', 660, 700)).toBe(false);
  });

  it('reaches a reduction target by going at least as low', () => {
    expect(isMet('EQ', -12, -10)).toBe(true);
    expect(isMet('EQ', -8, -10)).toBe(false);
  });
});

describe('progress at the plan’s precision', () => {
  const target = (value: number, comparator: PlanTargetRow['comparator'] = 'GTE') =>
    ({ id: 1, metric: 'grid_lines_added', value, comparator }) as PlanTargetRow;

  it('meets 51.78 with a float that is 51.78 to the plan’s two decimals, and says 100%', () => {
    const p = progressOf(target(51.78), 51.779998779296875, ['PUBLIC_SOURCE']);
    expect(p).toMatchObject({ actual: 51.78, percentReached: 100, met: true });
  });

  it('serves actuals rounded (837.1299999999999 → 837.13)', () => {
    expect(progressOf(target(825), 837.1299999999999, null).actual).toBe(837.13);
  });

  it('never shows 100% for a target not met, nor less than 100% for one met', () => {
    const short = progressOf(target(51.78), 51.77, null);
    expect(short.met).toBe(false);
    expect(short.percentReached).toBeLessThan(100);
    for (const actual of [0, 10.4, 51.76, 51.774, 51.775, 51.78, 60, 51.7849]) {
      const p = progressOf(target(51.78), actual, null);
      expect((p.percentReached ?? 0) >= 100, `${actual}`).toBe(p.met);
    }
  });
});

describe('roundTo and decimalsOf', () => {
  it('reads the plan’s decimals and rounds half away from zero', () => {
    expect([decimalsOf(51.78), decimalsOf(825), decimalsOf(-10), decimalsOf(0.5)]).toEqual([2, 0, 0, 1]);
    expect([roundTo(1.005, 2), roundTo(-2.5, 0), roundTo(837.1299999999999, 2)]).toEqual([1.01, -3, 837.13]);
  });
});
