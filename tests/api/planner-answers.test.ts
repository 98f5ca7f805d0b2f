import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

type Hit = { kind: string; id: string; name: string; zoneCode: string | null };
type Target = { metric: string; actual: number | null; percentReached: number | null; met: boolean | null };

describe('search finds what planners call things', () => {
  it('finds the development zone by 经开区, first', async () => {
    const r = await api.gql<{ search: Hit[] }>('{ search(text: "经开区") { kind id name } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.search[0]).toMatchObject({ kind: 'ZONE', id: 'zhoukou-etdz' });
  });

  it('finds a zone by the place the plan names it by', async () => {
    const r = await api.gql<{ search: Hit[] }>('{ search(text: "项城市") { kind id } }');
    expect(r.data?.search).toContainEqual({ kind: 'ZONE', id: 'xiangcheng' });
  });

  it('finds relocation villages by name', async () => {
    const sites = await api.gql<{ relocationSites: { id: string; villageName: string }[] }>(
      '{ relocationSites { id villageName } }',
    );
    const site = sites.data?.relocationSites[0];
    expect(site).toBeDefined();
    const r = await api.gql<{ search: Hit[] }>('query($t: String!) { search(text: $t) { kind id name } }', {
      t: site?.villageName,
    });
    expect(r.data?.search).toContainEqual({ kind: 'RELOCATION_SITE', id: site?.id, name: site?.villageName });
  });
});

describe('targets at the plan’s precision, and filtered by met', () => {
  it('never serves an unrounded actual, nor 100% beside met: false', async () => {
    const r = await api.gql<{ planTargets: Target[] }>(
      '{ planTargets(year: 2014) { metric actual percentReached met } }',
    );
    const targets = r.data?.planTargets ?? [];
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      if (t.actual === null) continue;
      expect(String(t.actual), t.metric).toMatch(/^-?\d+(\.\d{1,6})?$/);
      expect(Math.abs(t.actual * 100 - Math.round(t.actual * 100)), t.metric).toBeLessThan(1e-6);
      if (t.percentReached === 100) expect(t.met, t.metric).toBe(true);
    }
  });

  it('answers "which targets are not met" in one query', async () => {
    const all = await api.gql<{ planTargets: Target[] }>('{ planTargets(year: 2014) { metric met } }');
    const notMet = await api.gql<{ planTargets: Target[] }>(
      '{ planTargets(year: 2014, met: false) { metric met } }',
    );
    const met = await api.gql<{ planTargets: Target[] }>(
      '{ planTargets(year: 2014, met: true) { metric met } }',
    );
    expect(notMet.data?.planTargets.every((t) => t.met === false)).toBe(true);
    expect(met.data?.planTargets.every((t) => t.met === true)).toBe(true);
    expect((notMet.data?.planTargets.length ?? 0) + (met.data?.planTargets.length ?? 0)).toBe(
      all.data?.planTargets.filter((t) => t.met !== null).length,
    );
  });
});

describe('projects sorted and totalled in one query', () => {
  type Node = { id: string; investmentYi: number; statusHistory: { status: string; changedOn: string }[] };
  const page = (sortBy: string) =>
    api.gql<{ projects: { edges: { node: Node }[] } }>(
      `{ projects(first: 200, sortBy: ${sortBy}) { edges { node { id investmentYi statusHistory { status changedOn } } } } }`,
    );

  it('sorts by investment, largest first', async () => {
    const r = await page('INVESTMENT_DESC');
    expect(r.errors).toBeUndefined();
    const money = r.data?.projects.edges.map((e) => e.node.investmentYi) ?? [];
    expect(money.length).toBe(200);
    expect(money).toEqual([...money].sort((a, b) => b - a));
  });

  it('sorts by start date, projects not started last', async () => {
    const r = await page('START_DATE');
    const started = (r.data?.projects.edges ?? []).map(
      (e) => e.node.statusHistory.find((c) => c.status === 'STARTED')?.changedOn ?? '9999',
    );
    expect(started).toEqual([...started].sort());
  });

  it('totals projects as a zone × cluster table that adds up to the zone totals', async () => {
    const r = await api.gql<{
      projectTotalsByZoneAndCluster: { zoneCode: string; clusterCode: string | null; count: number }[];
      projectTotals: { key: string; count: number }[];
    }>(
      '{ projectTotalsByZoneAndCluster { zoneCode clusterCode count } projectTotals(groupBy: ZONE) { key count } }',
    );
    const cells = r.data?.projectTotalsByZoneAndCluster ?? [];
    for (const zone of r.data?.projectTotals ?? []) {
      const sum = cells.filter((c) => c.zoneCode === zone.key).reduce((n, c) => n + c.count, 0);
      expect(sum, zone.key).toBe(zone.count);
    }
    expect(new Set(cells.map((c) => `${c.zoneCode}/${c.clusterCode}`)).size).toBe(cells.length);
  });

  it('totals road and grid length, substation capacity and households, per zone and city-wide', async () => {
    type Row = {
      zoneCode: string | null;
      roadKm: number;
      households: number;
      relocationSites: number;
      source: string;
    };
    const r = await api.gql<{ worksTotals: Row[]; relocationSites: { households: number }[] }>(
      '{ worksTotals { zoneCode roadKm households relocationSites source } relocationSites { households } }',
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data?.worksTotals ?? [];
    const city = rows.find((w) => w.zoneCode === null);
    const households = (r.data?.relocationSites ?? []).reduce((n, s) => n + s.households, 0);
    expect(city?.households).toBe(households);
    expect(city?.relocationSites).toBe(r.data?.relocationSites.length);
    expect(rows.filter((w) => w.zoneCode !== null)).toHaveLength(10);
    expect(city?.source).toBe('DEMO');
  });
});
