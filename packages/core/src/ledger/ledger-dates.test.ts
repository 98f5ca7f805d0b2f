import { describe, expect, it } from 'vitest';
import { checkedMonth, clampToYear, lastMonthEndedBy, monthEnd } from './ledger-dates';

describe('ledger dates', () => {
  it('ends months on their last day, February by the leap year', () => {
    expect(monthEnd('2014-02')).toBe('2014-02-28');
    expect(monthEnd('2016-02')).toBe('2016-02-29');
    expect(monthEnd('2014-09')).toBe('2014-09-30');
  });

  it('counts a month once its last day has come', () => {
    expect(lastMonthEndedBy('2014-09-30')).toBe('2014-09');
    expect(lastMonthEndedBy('2014-09-29')).toBe('2014-08');
    expect(lastMonthEndedBy('2014-01-15')).toBe('2013-12');
  });

  it('refuses a malformed month, naming it', () => {
    expect(() => checkedMonth('2014-9')).toThrow(/2014-9/);
    expect(() => checkedMonth('2014-13')).toThrow(/YYYY-MM/);
  });

  it('clamps a day into a year', () => {
    expect(clampToYear('2026-12-04', 2014)).toBe('2014-12-31');
    expect(clampToYear('2013-05-01', 2014)).toBe('2014-01-01');
    expect(clampToYear('2014-05-01', 2014)).toBe('2014-05-01');
  });
});
