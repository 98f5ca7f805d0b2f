import { describe, expect, it } from 'vitest';
import { AtlasError } from '../errors';
import {
  checkedMonth,
  chinaDay,
  isLateReport,
  monthDays,
  periodOfMonth,
  reportDeadline,
  shiftMonth,
} from './report-month';
import { reportingState } from './reporting-board';

describe('report months and deadlines', () => {
  it('reads YYYY-MM and refuses anything else, naming it', () => {
    expect(checkedMonth('2014-09')).toBe('2014-09');
    for (const bad of ['2014-13', '2014-9', '2014M09', '201409', ' 2014-09'])
      expect(() => checkedMonth(bad)).toThrowError(new RegExp(JSON.stringify(bad).replace(/[[\]]/g, '\\$&')));
    expect(() => checkedMonth('2014-00')).toThrow(AtlasError);
  });

  it('knows month lengths, leap years included, and the month either side', () => {
    expect(monthDays('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(monthDays('2014-02').last).toBe('2014-02-28');
    expect(shiftMonth('2014-01', -1)).toBe('2013-12');
    expect(shiftMonth('2014-12', 1)).toBe('2015-01');
    expect(periodOfMonth('2014-09')).toBe('2014M09');
  });

  it('puts the deadline on the setting’s day of the next month', () => {
    expect(reportDeadline('2014-09')).toBe('2014-10-05');
    expect(reportDeadline('2014-12', { deadlineDay: 10 })).toBe('2015-01-10');
    expect(reportDeadline('2015-01', { deadlineDay: 31 })).toBe('2015-02-28');
  });

  it('judges lateness by the day in Zhoukou (UTC+8)', () => {
    expect(chinaDay(new Date('2014-10-05T15:59:59Z'))).toBe('2014-10-05');
    expect(chinaDay(new Date('2014-10-05T16:00:00Z'))).toBe('2014-10-06');
    const now = new Date('2014-10-20T00:00:00Z');
    expect(isLateReport({ submittedAt: new Date('2014-10-05T15:00:00Z') }, '2014-10-05', now)).toBe(false);
    expect(isLateReport({ submittedAt: new Date('2014-10-05T16:30:00Z') }, '2014-10-05', now)).toBe(true);
    expect(isLateReport({ submittedAt: null }, '2014-10-05', new Date('2014-10-05T12:00:00Z'))).toBe(false);
    expect(isLateReport(null, '2014-10-05', now)).toBe(true);
  });

  it('gives each zone one board state', () => {
    const before = new Date('2014-10-04T00:00:00Z');
    const after = new Date('2014-10-06T00:00:00Z');
    const onTime = new Date('2014-10-03T00:00:00Z');
    const late = new Date('2014-10-07T00:00:00Z');
    expect(reportingState(null, '2014-10-05', before)).toBe('MISSING');
    expect(reportingState({ status: 'DRAFT', submittedAt: null }, '2014-10-05', before)).toBe('DRAFT');
    expect(reportingState({ status: 'DRAFT', submittedAt: null }, '2014-10-05', after)).toBe('MISSING');
    expect(reportingState({ status: 'SUBMITTED', submittedAt: onTime }, '2014-10-05', after)).toBe(
      'SUBMITTED',
    );
    expect(reportingState({ status: 'ACCEPTED', submittedAt: onTime }, '2014-10-05', after)).toBe('ON_TIME');
    expect(reportingState({ status: 'ACCEPTED', submittedAt: late }, '2014-10-05', late)).toBe('LATE');
    expect(reportingState({ status: 'SUBMITTED', submittedAt: late }, '2014-10-05', late)).toBe('LATE');
    expect(reportingState({ status: 'RETURNED', submittedAt: onTime }, '2014-10-05', late)).toBe('RETURNED');
  });
});
