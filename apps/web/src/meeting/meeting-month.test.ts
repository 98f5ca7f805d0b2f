import { describe, expect, it } from 'vitest';
import { MEETING_MONTHS, parseMeetingMonth } from './meeting-month';

describe('the meeting month in a link', () => {
  it('reads 2014-09 with its last day and the month before', () => {
    expect(parseMeetingMonth('2014-09')).toEqual({
      month: '2014-09',
      year: 2014,
      lastDay: '2014-09-30',
      previous: '2014-08',
    });
    expect(parseMeetingMonth('2014-02')?.lastDay).toBe('2014-02-28');
    expect(parseMeetingMonth('2014-01')?.previous).toBeNull();
  });

  it('refuses what is no month of the plan’s year', () => {
    for (const bad of ['2014-13', '2031-09', '2014M09', 'sept', '', null, undefined])
      expect(parseMeetingMonth(bad)).toBeNull();
  });

  it('lists the twelve months of 2014 in order', () => {
    expect(MEETING_MONTHS).toHaveLength(12);
    expect(MEETING_MONTHS[0]).toBe('2014-01');
    expect(MEETING_MONTHS[11]).toBe('2014-12');
  });
});
