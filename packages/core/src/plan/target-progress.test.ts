import { describe, expect, it } from 'vitest';
import { isMet } from './target-progress';

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
