import { describe, expect, it } from 'vitest';
import { investmentBars, monthInvestment, type ZoneProgressFigures } from './investment-bars';

const zone = (
  code: string,
  percentOfPlan: number | null,
  pointsAhead: number | null,
): ZoneProgressFigures => ({
  zone: { code },
  plannedWan: percentOfPlan === null ? 0 : 10000,
  completedWan: (percentOfPlan ?? 0) * 100,
  percentOfPlan,
  timeProgressPercent: 75,
  pointsAhead,
  flag: pointsAhead === null ? null : pointsAhead >= 0 ? 'GREEN' : pointsAhead >= -10 ? 'YELLOW' : 'RED',
  demo: false,
});

describe('the month’s investment from a zone’s report', () => {
  it('counts an accepted report’s projects and nothing else', () => {
    const projects = [{ investmentWan: 800 }, { investmentWan: 450.5 }];
    expect(monthInvestment({ status: 'ACCEPTED', projects })).toBe(1250.5);
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED'])
      expect(monthInvestment({ status, projects })).toBeNull();
    expect(monthInvestment(null)).toBeNull();
  });
});

describe('the meeting’s investment bars', () => {
  it('puts the zones furthest ahead first, those without a plan last', () => {
    const bars = investmentBars(
      [zone('a', 60, -15), zone('b', null, null), zone('c', 80, 5), zone('d', 70, -5)],
      new Map(),
    );
    expect(bars.map((b) => b.zoneCode)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('draws year to date and the time-progress tick on one track, up to 100 % unless a zone is past it', () => {
    const [bar] = investmentBars([zone('a', 60, -15)], new Map());
    expect(bar?.widths).toMatchObject({ yearToDate: 60, timeProgress: 75 });
    const past = investmentBars([zone('a', 120, 45), zone('b', 60, -15)], new Map());
    expect(past.find((b) => b.zoneCode === 'a')?.widths.yearToDate).toBe(100);
    expect(past.find((b) => b.zoneCode === 'b')?.widths.yearToDate).toBe(50);
    expect(past.find((b) => b.zoneCode === 'b')?.widths.timeProgress).toBe(62.5);
  });

  it('scales this month’s bars to the largest month, and leaves a zone without an accepted report at null', () => {
    const bars = investmentBars(
      [zone('a', 60, -15), zone('b', 70, -5), zone('c', 80, 5)],
      new Map([
        ['a', 500],
        ['b', 1000],
        ['c', null],
      ]),
    );
    expect(bars.find((b) => b.zoneCode === 'a')).toMatchObject({ monthWan: 500, widths: { month: 50 } });
    expect(bars.find((b) => b.zoneCode === 'b')?.widths.month).toBe(100);
    expect(bars.find((b) => b.zoneCode === 'c')).toMatchObject({ monthWan: null, widths: { month: 0 } });
  });
});
