import { describe, expect, it } from 'vitest';
import { figureText, previousMonth, readFigure, reportMonth } from './figures';

describe('readFigure', () => {
  it('reads figures as typed on a tablet, full-width included', () => {
    expect(readFigure('1234.5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(readFigure(' 1,234 ')).toEqual({ kind: 'number', value: 1234 });
    expect(readFigure('１２３４．５')).toEqual({ kind: 'number', value: 1234.5 });
    expect(readFigure('-3')).toEqual({ kind: 'number', value: -3 });
  });

  it('leaves an empty field empty, and refuses text that is no number', () => {
    expect(readFigure('')).toEqual({ kind: 'empty' });
    expect(readFigure('  ')).toEqual({ kind: 'empty' });
    for (const text of ['12万', 'abc', '1.2.3', '1e5', 'Infinity', '.5']) {
      expect(readFigure(text), text).toEqual({ kind: 'invalid' });
    }
  });

  it('refuses a fraction where only whole numbers make sense', () => {
    expect(readFigure('12.5', { whole: true })).toEqual({ kind: 'invalid' });
    expect(readFigure('12', { whole: true })).toEqual({ kind: 'number', value: 12 });
  });
});

describe('months', () => {
  it('takes the API’s spelling only', () => {
    expect(reportMonth('2014-09')).toBe('2014-09');
    for (const text of ['2014-9', '2014-13', '2014M09', 'sept', '', null])
      expect(reportMonth(text)).toBeNull();
  });

  it('puts the month before today, in China’s calendar', () => {
    expect(previousMonth(new Date('2014-10-03T08:00:00+08:00'))).toBe('2014-09');
    expect(previousMonth(new Date('2015-01-01T01:00:00+08:00'))).toBe('2014-12');
    // 1 October in Zhoukou while it is still 30 September in UTC.
    expect(previousMonth(new Date('2014-09-30T17:00:00Z'))).toBe('2014-09');
  });

  it('shows a missing figure as an empty field', () => {
    expect(figureText(null)).toBe('');
    expect(figureText(0)).toBe('0');
  });
});
