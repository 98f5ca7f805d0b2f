import { describe, expect, it } from 'vitest';
import { generateDemoData } from './index';
import { apportion, DemoRandom } from './random';

describe('demo data', () => {
  it('is the same on every run', () => {
    expect(generateDemoData()).toEqual(generateDemoData());
  });

  it('cannot be mistaken for real records: every name says 示例 and every record DEMO', () => {
    const demo = generateDemoData();
    const named = [
      ...demo.projects.map((p) => p.name),
      ...demo.roadLinks.map((r) => r.name),
      ...demo.gridProjects.map((g) => g.name),
      ...demo.facilities.map((f) => f.name),
      ...demo.housingProjects.map((h) => h.name),
      ...demo.relocationSites.flatMap((r) => [r.villageName, r.communityName]),
    ];
    expect(named.filter((n) => !n.startsWith('示例'))).toEqual([]);
    const kinds = new Set(
      [...demo.projects, ...demo.progressReports, ...demo.inspectionRounds, ...demo.relocationSites].map(
        (r) => r.provenance.kind,
      ),
    );
    expect(kinds).toEqual(new Set(['DEMO']));
  });

  it('gives each project a status history that climbs in order with rising dates', () => {
    const order = ['PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'];
    for (const p of generateDemoData().projects) {
      expect(p.history.map((h) => h.status)).toEqual(order.slice(0, order.indexOf(p.status) + 1));
      const dates = p.history.map((h) => h.on);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d.startsWith('2014-'))).toBe(true);
    }
  });

  it('scores every zone at every inspection round', () => {
    for (const round of generateDemoData().inspectionRounds) {
      expect(round.scores).toHaveLength(10);
      for (const s of round.scores) expect(s.score).toBeGreaterThan(0);
    }
  });
});

describe('apportion', () => {
  it('splits a total in proportion and sums to it exactly', () => {
    const parts = apportion(1.38, [1, 1, 1], 2);
    expect(parts).toEqual([0.46, 0.46, 0.46]);
    const uneven = apportion(4542, [3, 5, 7, 11]);
    expect(uneven.reduce((a, b) => a + b, 0)).toBe(4542);
  });
});

describe('DemoRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = new DemoRandom(1);
    const b = new DemoRandom(1);
    const c = new DemoRandom(2);
    const draw = (r: DemoRandom) => Array.from({ length: 5 }, () => r.next());
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
