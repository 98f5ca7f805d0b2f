import { describe, expect, it } from 'vitest';
import { rankZones } from './rank-zones';

const QUARTERLY = { topCount: 3, topConsequence: '经验介绍', bottomCount: 3, bottomConsequence: '表态发言' };
const YEAR_END = { topCount: 3, topConsequence: '奖励', bottomCount: 2, bottomConsequence: '通报批评' };
const scores = (...values: (number | null)[]) => values.map((score, i) => ({ zoneCode: `z${i}`, score }));

describe('rankZones', () => {
  it('ranks highest first and marks the quarterly top 3 and bottom 3', () => {
    const ranked = rankZones(scores(70, 90, 80, 60, 85, 75, 65), [], QUARTERLY);
    expect(ranked.map((r) => [r.zoneCode, r.rank, r.consequence])).toEqual([
      ['z1', 1, '经验介绍'],
      ['z4', 2, '经验介绍'],
      ['z2', 3, '经验介绍'],
      ['z5', 4, null],
      ['z0', 5, '表态发言'],
      ['z6', 6, '表态发言'],
      ['z3', 7, '表态发言'],
    ]);
  });

  it('gives equal scores the same rank and the same consequence, skipping the next rank', () => {
    const ranked = rankZones(scores(90, 80, 80, 70, 60, 50, 40), [], YEAR_END);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 6, 7]);
    const tiedAtThree = rankZones(scores(90, 85, 80, 80, 60, 50), [], YEAR_END);
    expect(tiedAtThree.filter((r) => r.consequence === '奖励').map((r) => r.zoneCode)).toEqual([
      'z0',
      'z1',
      'z2',
      'z3',
    ]);
    expect(tiedAtThree.filter((r) => r.consequence === '通报批评').map((r) => r.zoneCode)).toEqual([
      'z4',
      'z5',
    ]);
  });

  it('leaves a zone without a score unranked and without a consequence, listed last', () => {
    const ranked = rankZones(scores(90, null, 80, 70, 60, 50, 40), [], YEAR_END);
    expect(ranked.at(-1)).toMatchObject({ zoneCode: 'z1', rank: null, consequence: null, movement: null });
    // The bottom two are counted among the zones that have a score.
    expect(ranked.filter((r) => r.consequence === '通报批评').map((r) => r.zoneCode)).toEqual(['z5', 'z6']);
  });

  it('lets the top consequence win when so few zones are scored that top and bottom overlap', () => {
    const ranked = rankZones(scores(90, 80, 70, 60), [], YEAR_END);
    expect(ranked.map((r) => r.consequence)).toEqual(['奖励', '奖励', '奖励', '通报批评']);
  });

  it('says how each zone moved since the previous round', () => {
    const ranked = rankZones(
      scores(90, 80, 70),
      [
        { zoneCode: 'z0', score: 60 },
        { zoneCode: 'z1', score: 95 },
        { zoneCode: 'z2', score: 50 },
      ],
      QUARTERLY,
    );
    expect(Object.fromEntries(ranked.map((r) => [r.zoneCode, [r.previousRank, r.movement]]))).toEqual({
      z0: [2, 'UP'],
      z1: [1, 'DOWN'],
      z2: [3, 'SAME'],
    });
    expect(rankZones(scores(90), [], QUARTERLY)[0]?.movement).toBe('NEW');
  });
});
