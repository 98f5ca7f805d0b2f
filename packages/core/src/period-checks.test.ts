import { describe, expect, it } from 'vitest';
import { checkedPeriod } from './period-checks';

describe('checkedPeriod', () => {
  it('returns the period, a month written as the records write it', () => {
    expect(checkedPeriod('2014-09').toString()).toBe('2014M09');
    expect(checkedPeriod('2014Q3').lastDay).toBe('2014-09-30');
  });

  it('refuses text that is no period, naming it in both languages', () => {
    expect(() => checkedPeriod('2014Q5')).toThrow(
      /期间格式应如 .*"2014Q5" \/ period must look like .*"2014Q5"/u,
    );
    expect(() => checkedPeriod('2014-Q4')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it('refuses a kind of period the question cannot take', () => {
    expect(() => checkedPeriod('2014M09', ['YEAR', 'QUARTER'])).toThrow(
      /2014Q3 \(a quarter\) or 2014 \(a year\), not "2014M09"/,
    );
  });
});
