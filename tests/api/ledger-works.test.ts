import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

type Works = {
  id: string;
  plannedStartOn: string | null;
  plannedFinishOn: string | null;
  progressPercent: number | null;
  responsibleUnit: string | null;
  late: boolean;
  lateNow: boolean;
  provenance: { kind: string };
};
const SCHEDULE = `id plannedStartOn plannedFinishOn progressPercent responsibleUnit late(asOf: "2014-12-31") lateNow: late provenance { kind }`;

describe('works schedules and late works', () => {
  it('gives every demo work a schedule and marks late the ones past their finish below 100 %', async () => {
    const res = await api.gql<{ roadLinks: Works[]; gridProjects: Works[]; facilities: Works[] }>(
      `{ roadLinks { ${SCHEDULE} } gridProjects { ${SCHEDULE} } facilities { ${SCHEDULE} } }`,
    );
    expect(res.errors).toBeUndefined();
    const works = [
      ...(res.data?.roadLinks ?? []),
      ...(res.data?.gridProjects ?? []),
      ...(res.data?.facilities ?? []),
    ];
    const demo = works.filter((w) => w.provenance.kind === 'DEMO');
    expect(demo.length).toBeGreaterThan(30);
    for (const w of demo) {
      expect(w.plannedStartOn && w.plannedFinishOn && w.responsibleUnit).toBeTruthy();
      expect(w.late).toBe((w.plannedFinishOn as string) < '2014-12-31' && (w.progressPercent ?? 0) < 100);
    }
    expect(demo.some((w) => w.late)).toBe(true);
    expect(demo.some((w) => !w.late)).toBe(true);
  });

  it('leaves the plan’s sewage plants without dates the plan does not give, so never late', async () => {
    const res = await api.gql<{ facilities: (Works & { kind: string })[] }>(
      `{ facilities(kind: SEWAGE_PLANT) { kind ${SCHEDULE} } }`,
    );
    const plants = res.data?.facilities ?? [];
    expect(plants.length).toBe(5);
    for (const p of plants) expect(p).toMatchObject({ plannedFinishOn: null, late: false, lateNow: false });
  });

  it('counts the households moved and still waiting per village', async () => {
    const res = await api.gql<{
      relocationSites: {
        households: number;
        householdsMoved: number;
        householdsWaiting: number;
        late: boolean;
        plannedFinishOn: string;
      }[];
    }>(
      '{ relocationSites { households householdsMoved householdsWaiting plannedFinishOn late(asOf: "2014-12-31") } }',
    );
    expect(res.errors).toBeUndefined();
    const sites = res.data?.relocationSites ?? [];
    expect(sites).toHaveLength(22);
    for (const s of sites) {
      expect(s.householdsMoved).toBeGreaterThan(0);
      expect(s.householdsWaiting).toBe(s.households - s.householdsMoved);
      expect(s.plannedFinishOn).toBeTruthy();
    }
    expect(sites.some((s) => s.late)).toBe(true);
  });
});
