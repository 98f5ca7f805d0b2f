import { describe, expect, it } from 'vitest';
import { Period } from './period';

describe('Period', () => {
  it('reads a quarter, a month and a year, each ending on its last day', () => {
    const q3 = Period.parse('2014Q3');
    expect(q3 && { kind: q3.kind, first: q3.firstDay, last: q3.lastDay, q: q3.lastQuarter }).toEqual({
      kind: 'QUARTER',
      first: '2014-07-01',
      last: '2014-09-30',
      q: '2014Q3',
    });
    const year = Period.parse('2014');
    expect(year && [year.kind, year.firstDay, year.lastDay, year.lastQuarter]).toEqual([
      'YEAR',
      '2014-01-01',
      '2014-12-31',
      '2014Q4',
    ]);
    const july = Period.parse('2014M07');
    expect(july && [july.kind, july.lastDay, july.lastQuarter, july.lastMonth]).toEqual([
      'MONTH',
      '2014-07-31',
      '2014Q3',
      7,
    ]);
  });

  it('knows February of a leap year', () => {
    expect(Period.parse('2016M02')?.lastDay).toBe('2016-02-29');
    expect(Period.parse('2014M02')?.lastDay).toBe('2014-02-28');
  });

  it('writes a month as the records do, however it was given', () => {
    expect(Period.parse('2014-07')?.toString()).toBe('2014M07');
    expect(Period.parse('2014M07')?.toString()).toBe('2014M07');
    expect(Period.parse('2014Q4')?.toString()).toBe('2014Q4');
    expect(Period.parse('2014')?.toString()).toBe('2014');
  });

  it.each(['2014Q5', '2014-Q4', '2014Q0', '2014M13', '2014-7', '14Q3', ' 2014Q3', 'latest', ''])(
    'is no period: %j',
    (text) => {
      expect(Period.parse(text)).toBeNull();
    },
  );
});
