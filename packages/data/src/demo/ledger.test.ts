import { describe, expect, it } from 'vitest';
import { PROJECT_NODES } from '../plan/reporting-vocabulary';
import { generateDemoData } from './index';
import { LEADER_REQUIRED_FROM_YI } from './ledger';

const demo = generateDemoData();

describe('the demo ledger', () => {
  it('plans 2014 for every project, a share of its whole investment', () => {
    expect(demo.ledger.annualPlans).toHaveLength(demo.projects.length);
    for (const plan of demo.ledger.annualPlans) {
      const project = demo.projects.find((p) => p.code === plan.projectCode);
      expect(plan.year).toBe(2014);
      expect(plan.plannedWan).toBeGreaterThan(0);
      expect(plan.plannedWan).toBeLessThanOrEqual((project?.investmentYi ?? 0) * 10_000 * 0.65);
    }
  });

  it('names a responsible leader for every project of 10 亿元 and more, and some others', () => {
    const named = new Set(demo.ledger.responsibles.map((r) => r.projectCode));
    const big = demo.projects.filter((p) => p.investmentYi >= LEADER_REQUIRED_FROM_YI);
    expect(big.length).toBeGreaterThan(0);
    for (const p of big) expect(named.has(p.code)).toBe(true);
    expect(named.size).toBeGreaterThan(big.length);
    expect(demo.ledger.responsibles.every((r) => r.leaderName.startsWith('示例') && r.leaderBody)).toBe(true);
  });

  it('dates every node in order, reached ones on the day the status history says', () => {
    const nodeOf: Record<string, string> = {
      SIGNED: 'SIGNED',
      STARTED: 'STARTED',
      COMPLETED: 'COMPLETED',
      IN_PRODUCTION: 'IN_PRODUCTION',
    };
    for (const p of demo.projects) {
      const nodes = demo.ledger.nodes.filter((n) => n.projectCode === p.code);
      expect(nodes.map((n) => n.node)).toEqual([...PROJECT_NODES]);
      const planned = nodes.map((n) => n.plannedOn);
      expect([...planned].sort()).toEqual(planned);
      const actual = nodes.flatMap((n) => (n.actualOn ? [n.actualOn] : []));
      expect([...actual].sort()).toEqual(actual);
      for (const h of p.history) {
        const node = nodeOf[h.status];
        if (node) expect(nodes.find((n) => n.node === node)?.actualOn).toBe(h.on);
      }
      const reachedStatuses = p.history.flatMap((h) => (nodeOf[h.status] ? [nodeOf[h.status]] : []));
      expect(
        nodes
          .filter((n) => ['SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'].includes(n.node) && n.actualOn)
          .map((n) => n.node),
      ).toEqual(reachedStatuses);
    }
  });

  it('raises a handful of problems, some closed with a note', () => {
    const { problems } = demo.ledger;
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(problems.some((p) => p.status === 'CLOSED')).toBe(true);
    for (const p of problems) {
      expect(p.closingNote !== null).toBe(p.status === 'CLOSED');
      expect(p.dueOn > p.raisedAt).toBe(true);
      expect(demo.projects.find((x) => x.code === p.projectCode)?.zoneCode).toBe(p.zoneCode);
    }
    expect(demo.ledger.provenance.kind).toBe('DEMO');
  });

  it('schedules every demo work and village, some of them late by the end of 2014', () => {
    const { worksSchedules } = demo;
    expect(worksSchedules).toHaveLength(
      demo.roadLinks.length + demo.gridProjects.length + demo.facilities.length + demo.relocationSites.length,
    );
    for (const w of worksSchedules) {
      expect(w.plannedStartOn < w.plannedFinishOn).toBe(true);
      expect(w.progressPercent).toBeGreaterThanOrEqual(0);
      expect(w.progressPercent).toBeLessThanOrEqual(100);
    }
    expect(
      worksSchedules.filter((w) => w.plannedFinishOn < '2014-12-31' && w.progressPercent < 100).length,
    ).toBeGreaterThan(3);
    for (const site of demo.relocationSites) {
      const moved = worksSchedules.find((w) => w.code === site.code)?.householdsMoved ?? -1;
      expect(moved).toBeGreaterThan(0);
      expect(moved).toBeLessThanOrEqual(site.households);
    }
  });
});
