import { describe, expect, it } from 'vitest';
import { criterionPoints } from './criterion-points';

const criteria = [
  { code: 'investment', nameZh: '投资', nameEn: 'Investment', weight: 3 },
  { code: 'started', nameZh: '开工', nameEn: 'Started', weight: 1 },
  { code: 'score', nameZh: '现场评分', nameEn: 'On-site score', weight: 1 },
];

describe('where a zone lost its points', () => {
  it('gives each criterion’s weight, points earned and points lost, adding up to the score', () => {
    const rows = criterionPoints(criteria, [
      { criterion: 'investment', value: 80, appliedWeight: 0.6 },
      { criterion: 'started', value: 40, appliedWeight: 0.2 },
      { criterion: 'score', value: 90, appliedWeight: 0.2 },
    ]);
    expect(rows.map((r) => [r.code, r.weight, r.earned, r.lost])).toEqual([
      ['investment', 0.6, 48, 12],
      ['started', 0.2, 8, 12],
      ['score', 0.2, 18, 2],
    ]);
    expect(rows.reduce((s, r) => s + r.earned, 0)).toBe(74);
  });

  it('shows a criterion without data as carrying nothing, its weight spread over the others', () => {
    const rows = criterionPoints(criteria, [
      { criterion: 'investment', value: 80, appliedWeight: 0.75 },
      { criterion: 'started', value: null, appliedWeight: 0 },
      { criterion: 'score', value: 90, appliedWeight: 0.25 },
    ]);
    expect(rows[1]).toMatchObject({ value: null, earned: 0, lost: 0, weight: 0.2, appliedWeight: 0 });
    expect(rows[0]).toMatchObject({ earned: 60, lost: 15 });
  });
});
