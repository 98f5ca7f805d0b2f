import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type GraphqlResponse, startApi, TOKENS } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

/** A refusal a planner can act on: BAD_USER_INPUT, in Chinese and English, naming what was sent. */
function expectNamedRefusal(r: GraphqlResponse, value: string): void {
  expect(r.data ?? null, JSON.stringify(r)).toSatisfy(
    (data: Record<string, unknown> | null) => data === null || Object.values(data).every((v) => v === null),
  );
  const error = r.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(r.errors)).toBe('BAD_USER_INPUT');
  expect(error?.message).toContain(value);
  expect(error?.message).toMatch(/[\u3400-\u9fff].* \/ [A-Za-z]/u);
}

describe('an unknown code is named, not answered with an empty list', () => {
  it('refuses withinZone: "xyz" on projects and on a feature list', async () => {
    expectNamedRefusal(
      await api.gql('{ projects(filter: { spatial: { withinZone: "xyz" } }, first: 5) { totalCount } }'),
      'xyz',
    );
    expectNamedRefusal(await api.gql('{ facilities(filter: { withinZone: "xyz" }) { id } }'), 'xyz');
  });

  it('refuses a projects filter by an unknown zone or cluster code', async () => {
    expectNamedRefusal(
      await api.gql('{ projects(filter: { zoneCode: "xyz" }, first: 5) { totalCount } }'),
      'xyz',
    );
    expectNamedRefusal(
      await api.gql('{ projects(filter: { clusterCode: "nope" }, first: 5) { totalCount } }'),
      'nope',
    );
  });

  it('still answers a real zone', async () => {
    const r = await api.gql<{ facilities: { id: string }[] }>(
      '{ facilities(filter: { withinZone: "taikang" }) { id } }',
    );
    expect(r.errors).toBeUndefined();
  });

  it('refuses planTargets for an unknown zone or cluster, and answers a real one', async () => {
    expectNamedRefusal(await api.gql('{ planTargets(year: 2014, zoneCode: "xyz") { id } }'), 'xyz');
    expectNamedRefusal(await api.gql('{ planTargets(year: 2014, clusterCode: "nope") { id } }'), 'nope');
    const real = await api.gql<{ planTargets: { id: number }[] }>(
      '{ planTargets(year: 2014, zoneCode: "taikang") { id } }',
    );
    expect(real.errors).toBeUndefined();
  });
});

describe('kinds and voltages are enums, or refused naming the kinds there are', () => {
  it('refuses kind: "110" near grid projects, listing SUBSTATION and LINE', async () => {
    const r = await api.gql(
      '{ relocationSites(filter: { nearLayer: { layer: GRID_PROJECTS, kind: "110", meters: 2000 } }) { id } }',
    );
    expectNamedRefusal(r, '110');
    expect(r.errors?.[0]?.message).toMatch(/SUBSTATION.*LINE/);
  });

  it('refuses a kind that is no FacilityKind before anything runs', async () => {
    const r = await api.gql('{ facilities(kind: "110") { id } }');
    expect(r.errors?.[0]?.message).toContain('110');
    expect(r.data).toBeUndefined();
  });

  it('filters grid projects by voltage and kind in one query', async () => {
    const r = await api.gql<{
      all: { kind: string; voltageKv: number }[];
      kv220: { kind: string; voltageKv: number }[];
      substations110: { kind: string; voltageKv: number }[];
    }>(`{
      all: gridProjects { kind voltageKv }
      kv220: gridProjects(voltage: KV_220) { kind voltageKv }
      substations110: gridProjects(kind: SUBSTATION, voltage: KV_110) { kind voltageKv }
    }`);
    expect(r.errors).toBeUndefined();
    const all = r.data?.all ?? [];
    const kv220 = r.data?.kv220 ?? [];
    const substations110 = r.data?.substations110 ?? [];
    expect(kv220.length).toBeGreaterThan(0);
    expect(kv220.length).toBe(all.filter((g) => g.voltageKv === 220).length);
    expect(kv220.every((g) => g.voltageKv === 220)).toBe(true);
    expect(substations110.length).toBe(
      all.filter((g) => g.kind === 'SUBSTATION' && g.voltageKv === 110).length,
    );
    expect(substations110.length).toBeGreaterThan(0);
  });

  it('filters facilities by kind and level, and housing by kind', async () => {
    const r = await api.gql<{
      centres: { kind: string; level: string | null }[];
      national: { kind: string; level: string | null }[];
      rental: { kind: string }[];
    }>(`{
      centres: facilities(kind: QUALITY_INSPECTION_CENTRE) { kind level }
      national: facilities(kind: QUALITY_INSPECTION_CENTRE, level: NATIONAL) { kind level }
      rental: housingProjects(kind: PUBLIC_RENTAL) { kind }
    }`);
    expect(r.errors).toBeUndefined();
    const national = r.data?.national ?? [];
    expect(national.length).toBeGreaterThan(0);
    expect(national.length).toBe(r.data?.centres.filter((f) => f.level === 'NATIONAL').length);
    expect(national.every((f) => f.level === 'NATIONAL')).toBe(true);
    expect(r.data?.rental.every((h) => h.kind === 'PUBLIC_RENTAL')).toBe(true);
  });

  it('refuses a grid project at a voltage that is no nominal voltage, naming it', async () => {
    const r = await api.gql(
      `mutation { createGridProject(input: { name: "测试变电站", kind: SUBSTATION, voltageKv: 115, transformerKva: 50000,
        investmentYi: 0.3, status: NEW, geometry: { type: "Point", coordinates: [114.6, 33.6] } }) { id } }`,
      {},
      TOKENS.planner,
    );
    expectNamedRefusal(r, '115');
  });
});

describe('periods are read in one place, and a malformed one is named', () => {
  it.each(['2014Q5', '2014-Q4', 'Q3'])('refuses inspectionRanking(period: "%s")', async (period) => {
    expectNamedRefusal(await api.gql(`{ inspectionRanking(period: "${period}") { period } }`), period);
  });

  it('refuses a malformed period of progress reports and of planTargets(asOf:)', async () => {
    expectNamedRefusal(await api.gql('{ progressReports(period: "2014Q5") { id } }'), '2014Q5');
    expectNamedRefusal(await api.gql('{ planTargets(year: 2014, asOf: "2014-Q4") { id } }'), '2014-Q4');
  });

  it('lists the rounds that exist, oldest first, and answers "latest" with the newest', async () => {
    const r = await api.gql<{
      inspectionPeriods: { period: string; kind: string; heldOn: string | null }[];
      latest: { period: string } | null;
      none: { period: string } | null;
    }>(`{
      inspectionPeriods { period kind heldOn }
      latest: inspectionRanking(period: "latest") { period }
      none: inspectionRanking(period: "2031Q3") { period }
    }`);
    expect(r.errors).toBeUndefined();
    const rounds = r.data?.inspectionPeriods ?? [];
    expect(rounds.map((p) => p.period)).toEqual(['2014Q3', '2014Q4', '2014']);
    expect(rounds.map((p) => p.kind)).toEqual(['QUARTERLY', 'QUARTERLY', 'YEAR_END']);
    for (const p of rounds) expect(p.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.data?.latest?.period).toBe('2014');
    // A well-formed period with no round is no mistake to name: it has no ranking yet.
    expect(r.data?.none).toBeNull();
  });
});

describe('days are graphql-scalars’ Date', () => {
  it('serves days as YYYY-MM-DD and refuses a day the calendar does not have', async () => {
    const read = await api.gql<{ relocationSites: { startedOn: string | null }[] }>(
      '{ relocationSites { startedOn } }',
    );
    const days = (read.data?.relocationSites ?? []).flatMap((s) => (s.startedOn ? [s.startedOn] : []));
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const bad = await api.gql(
      `mutation($day: Date) { recordInspectionScores(input: { period: "2015Q1", kind: QUARTERLY, heldOn: $day,
        scores: [{ zoneCode: "taikang", score: 80 }] }) { zoneCode } }`,
      { day: '2015-02-30' },
      TOKENS.inspector,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('2015-02-30');
    const rounds = await api.gql<{ inspectionPeriods: { period: string }[] }>(
      '{ inspectionPeriods { period } }',
    );
    expect(rounds.data?.inspectionPeriods.map((p) => p.period)).not.toContain('2015Q1');
  });
});
