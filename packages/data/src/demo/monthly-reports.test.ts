import { describe, expect, it } from 'vitest';
import { ZONES } from '../plan/zones';
import { generateDemoData } from './index';
import { DEMO_REPORT_MONTHS } from './monthly-reports';

const demo = generateDemoData();

describe('demo monthly reports', () => {
  it('covers every zone from January to August 2014, and leaves September unreported', () => {
    const keys = demo.monthlyReports.map((r) => `${r.zoneCode} ${r.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(ZONES.length * 8);
    expect(DEMO_REPORT_MONTHS.at(-1)).toBe('2014-08');
    expect(
      demo.monthlyReports.every((r) => r.createdBy.startsWith('示例') && r.reviewedBy.startsWith('示例')),
    ).toBe(true);
  });

  it('adds up with the demo projects: a zone’s month covers its project lines, no project passes its total', () => {
    const spent = new Map<string, number>();
    for (const r of demo.monthlyReports) {
      const lines = r.projects.reduce((a, l) => a + l.investmentWan, 0);
      expect(r.fixedAssetInvestmentWan).toBeGreaterThanOrEqual(Math.round(lines * 100) / 100 - 0.01);
      for (const l of r.projects) spent.set(l.projectCode, (spent.get(l.projectCode) ?? 0) + l.investmentWan);
    }
    for (const p of demo.projects)
      expect(spent.get(p.code) ?? 0).toBeLessThanOrEqual(p.investmentYi * 10_000 + 0.01);
    expect(spent.size).toBeGreaterThan(100);
  });

  it('keeps the year so far rising and under each zone’s demo Q3 figure', () => {
    for (const zone of ZONES) {
      const months = demo.monthlyReports.filter((r) => r.zoneCode === zone.code);
      const ytd = months.map((r) => r.yearToDateInvestmentYi);
      expect([...ytd].sort((a, b) => a - b)).toEqual(ytd);
      const sum = months.reduce((a, r) => a + r.fixedAssetInvestmentWan, 0);
      expect(ytd.at(-1)).toBeCloseTo(sum / 10_000, 4);
      const q3 = demo.progressReports.find(
        (r) => r.period === '2014Q3' && r.zoneCode === zone.code && r.metric === 'fixed_asset_investment',
      );
      expect(ytd.at(-1)).toBeLessThan(q3?.value ?? 0);
    }
  });

  it('has works climbing month by month, completed never above started', () => {
    const last = new Map<string, number>();
    for (const r of demo.monthlyReports) {
      for (const w of r.works) {
        expect(w.progressPercent).toBeGreaterThanOrEqual(last.get(w.code) ?? 0);
        last.set(w.code, w.progressPercent);
        if (w.unitsStarted !== null) expect(w.unitsCompleted ?? 0).toBeLessThanOrEqual(w.unitsStarted);
      }
    }
    expect(last.size).toBeGreaterThan(0);
  });
});
