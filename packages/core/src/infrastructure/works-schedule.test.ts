import { describe, expect, it } from 'vitest';
import { householdsWaiting } from '../relocation/households';
import { worksLate } from './works-schedule';

const work = (plannedFinishOn: string | null, progressPercent: number | null) => ({
  plannedStartOn: '2014-03-01',
  plannedFinishOn,
  progressPercent,
});

describe('late works', () => {
  it('is late once the planned finish has passed below 100 %', () => {
    expect(worksLate(work('2014-10-31', 80), '2014-11-01')).toBe(true);
    expect(worksLate(work('2014-10-31', null), '2014-11-01')).toBe(true);
  });

  it('is not late on the finish day itself, when finished, or without a planned finish', () => {
    expect(worksLate(work('2014-10-31', 80), '2014-10-31')).toBe(false);
    expect(worksLate(work('2014-10-31', 100), '2015-01-01')).toBe(false);
    expect(worksLate(work(null, 10), '2015-01-01')).toBe(false);
  });

  it('counts the households still waiting', () => {
    expect(householdsWaiting({ households: 320, householdsMoved: 200 })).toBe(120);
    expect(householdsWaiting({ households: 100, householdsMoved: 120 })).toBe(0);
  });
});
