import { describe, expect, it } from 'vitest';
import { inspectionPeriod } from './inspection-period';

describe('inspectionPeriod', () => {
  it('ends a quarter on its last day and a year-end round on 31 December', () => {
    expect(inspectionPeriod('2014Q3')).toEqual({
      period: '2014Q3',
      year: 2014,
      lastDay: '2014-09-30',
      lastQuarter: '2014Q3',
    });
    expect(inspectionPeriod('2014')).toMatchObject({ lastDay: '2014-12-31', lastQuarter: '2014Q4' });
  });

  it('refuses a period that is neither a quarter nor a year', () => {
    expect(() => inspectionPeriod('2014Q5')).toThrow(/period must look like/);
    expect(() => inspectionPeriod('2014-09')).toThrow(/period must look like/);
  });
});
