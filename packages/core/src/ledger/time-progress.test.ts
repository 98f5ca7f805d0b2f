import { describe, expect, it } from 'vitest';
import { againstTimeProgress, flagOf, timeProgressPercent } from './time-progress';

describe('time progress (时序进度)', () => {
  it('counts the days gone including the day itself, over the days of the year', () => {
    // 31+28+31+30+31+30 = 181 days to 30 June; 181/365 = 49.589…
    expect(timeProgressPercent(2014, '2014-06-30')).toBe(49.59);
    // 273/365 = 74.794…
    expect(timeProgressPercent(2014, '2014-09-30')).toBe(74.79);
    expect(timeProgressPercent(2014, '2014-01-01')).toBe(0.27);
  });

  it('gives a leap year 366 days', () => {
    // 31 + 29 = 60 days; 60/366 = 16.393…
    expect(timeProgressPercent(2016, '2016-02-29')).toBe(16.39);
    expect(timeProgressPercent(2016, '2016-03-01')).toBe(16.67);
  });

  it('is 100 on the last day and after the year, 0 before it', () => {
    expect(timeProgressPercent(2014, '2014-12-31')).toBe(100);
    expect(timeProgressPercent(2014, '2015-03-01')).toBe(100);
    expect(timeProgressPercent(2014, '2013-12-31')).toBe(0);
  });

  it('counts only a mid-year project’s own part of the year', () => {
    // 1 July to 30 September is 31+31+30 = 92 days of the 184 from 1 July to 31 December.
    expect(timeProgressPercent(2014, '2014-09-30', '2014-07-01')).toBe(50);
    expect(timeProgressPercent(2014, '2014-06-30', '2014-07-01')).toBe(0);
    expect(timeProgressPercent(2014, '2014-07-01', '2014-07-01')).toBe(0.54);
    // A start in an earlier year is the whole year; one in a later year has not begun.
    expect(timeProgressPercent(2014, '2014-09-30', '2013-05-01')).toBe(74.79);
    expect(timeProgressPercent(2014, '2014-12-31', '2015-01-10')).toBe(0);
  });
});

describe('against time progress', () => {
  it('reproduces 完成年度计划的79.15%, 快于时间进度4.15个百分点', () => {
    expect(againstTimeProgress(100, 79.15, 75)).toEqual({
      percentOfPlan: 79.15,
      timeProgressPercent: 75,
      pointsAhead: 4.15,
      flag: 'GREEN',
    });
  });

  it('flags green when not behind, yellow up to 10 points behind, red beyond', () => {
    expect(flagOf(0)).toBe('GREEN');
    expect(flagOf(-0.01)).toBe('YELLOW');
    expect(flagOf(-10)).toBe('YELLOW');
    expect(flagOf(-10.01)).toBe('RED');
    expect(againstTimeProgress(2000, 1000, 74.79)).toMatchObject({
      percentOfPlan: 50,
      pointsAhead: -24.79,
      flag: 'RED',
    });
  });

  it('has no percentage or flag without a plan', () => {
    expect(againstTimeProgress(null, 50, 74.79)).toEqual({
      percentOfPlan: null,
      timeProgressPercent: 74.79,
      pointsAhead: null,
      flag: null,
    });
    expect(againstTimeProgress(0, 50, 74.79).flag).toBeNull();
  });
});
