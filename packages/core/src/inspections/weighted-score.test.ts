import { describe, expect, it } from 'vitest';
import type { MeasuredValue } from './inspection-measures';
import { weightedScore } from './weighted-score';

const CRITERIA = [
  { code: 'inspection', weight: 40 },
  { code: 'projects', weight: 30 },
  { code: 'investment', weight: 20 },
  { code: 'revenue', weight: 10 },
];
const values = (entries: Record<string, number>) =>
  new Map<string, MeasuredValue>(Object.entries(entries).map(([k, v]) => [k, { value: v, raw: v }]));

describe('weightedScore', () => {
  it('weighs each criterion by its share of the weights', () => {
    const total = weightedScore(
      'z',
      CRITERIA,
      values({ inspection: 90, projects: 60, investment: 50, revenue: 100 }),
    );
    // 0.4·90 + 0.3·60 + 0.2·50 + 0.1·100 = 74
    expect(total).toMatchObject({ score: 74, complete: true, missingCriteria: [], coverage: 1 });
    expect(total.criteria.map((c) => c.appliedWeight)).toEqual([0.4, 0.3, 0.2, 0.1]);
  });

  it('changes the order of two zones when the weights change', () => {
    const steady = values({ inspection: 70, projects: 90, investment: 90, revenue: 90 });
    const showy = values({ inspection: 95, projects: 60, investment: 60, revenue: 60 });
    expect(weightedScore('a', CRITERIA, steady).score).toBeGreaterThan(
      weightedScore('b', CRITERIA, showy).score as number,
    );
    const visitHeavy = CRITERIA.map((c) => (c.code === 'inspection' ? { ...c, weight: 300 } : c));
    expect(weightedScore('a', visitHeavy, steady).score).toBeLessThan(
      weightedScore('b', visitHeavy, showy).score as number,
    );
  });

  it('spreads a missing criterion’s weight over the others and flags the zone incomplete', () => {
    const total = weightedScore('z', CRITERIA, values({ inspection: 90, projects: 60, investment: 50 }));
    // (40·90 + 30·60 + 20·50) / 90 = 71.1, not the 64 that counting revenue as 0 would give.
    expect(total).toMatchObject({
      score: 71.1,
      complete: false,
      missingCriteria: ['revenue'],
      coverage: 0.9,
    });
    expect(total.criteria.at(-1)).toEqual({ criterion: 'revenue', value: null, raw: null, appliedWeight: 0 });
    expect(total.criteria[0]?.appliedWeight).toBeCloseTo(40 / 90);
  });

  it('does not rank a zone when the criteria with data weigh less than half', () => {
    const thin = weightedScore('z', CRITERIA, values({ projects: 100, revenue: 100 }));
    expect(thin).toMatchObject({
      score: null,
      complete: false,
      missingCriteria: ['inspection', 'investment'],
    });
    // Exactly half is enough.
    expect(weightedScore('z', CRITERIA, values({ projects: 100, investment: 40 })).score).toBe(76);
    expect(weightedScore('z', CRITERIA, values({ inspection: 80, investment: 60 })).score).toBeCloseTo(73.3);
    expect(weightedScore('z', CRITERIA, new Map()).score).toBeNull();
  });

  it('rounds the total to one decimal, so totals that differ by less tie', () => {
    const a = weightedScore('a', [{ code: 'x', weight: 1 }], values({ x: 80.04 }));
    const b = weightedScore('b', [{ code: 'x', weight: 1 }], values({ x: 79.96 }));
    expect([a.score, b.score]).toEqual([80, 80]);
  });
});
