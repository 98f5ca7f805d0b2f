import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';
import { writeFootprint } from './write-footprint';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id name status version investmentYi zone { code } provenance { kind citation } geometry } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ProjectPatch!) { updateProject(id: $id, version: $version, input: $input) { id name status version investmentYi } }`;

const validProject = {
  name: '测试项目·食品',
  zoneCode: 'taikang',
  clusterCode: 'textile',
  investmentYi: 3.5,
  status: 'PLANNED',
  statusDate: '2014-08-01',
  geometry: { type: 'Point', coordinates: [114.85, 34.04] },
};

const footprint = () => writeFootprint(api.atlas.db);

describe('writes', () => {
  it('creates a project for a planner, audited, with version 1 and provenance of the writer', async () => {
    const before = await footprint();
    const r = await api.gql<{
      createProject: {
        id: string;
        version: number;
        zone: { code: string };
        provenance: { kind: string; citation: string };
      };
    }>(CREATE, { input: validProject }, TOKENS.planner);
    expect(r.errors).toBeUndefined();
    expect(r.data?.createProject).toMatchObject({
      version: 1,
      zone: { code: 'taikang' },
      provenance: { kind: 'SURVEYED' },
    });
    const after = await footprint();
    expect(after).toEqual({
      projects: (before?.projects ?? 0) + 1,
      audit: (before?.audit ?? 0) + 1,
      version: (before?.version ?? 0) + 1,
    });
    const [audit] = await selectRows<{
      actor: string;
      action: string;
      before: unknown;
      after: { name: string };
    }>(
      api.atlas.db,
      sql`SELECT actor, action, before, after FROM audit_log WHERE entity_id = ${r.data?.createProject.id}`,
    );
    expect(audit).toMatchObject({ action: 'CREATE', before: null, after: { name: '测试项目·食品' } });
    expect(audit?.actor).toBe('planner (planner)');
  });

  it('updates with the current version, moves status one stage and dates it; refuses a stale version untouched', async () => {
    const created = await api.gql<{ createProject: { id: string } }>(
      CREATE,
      { input: { ...validProject, name: '版本测试' } },
      TOKENS.planner,
    );
    const id = created.data?.createProject.id;
    const ok = await api.gql<{ updateProject: { version: number; status: string } }>(
      UPDATE,
      { id, version: 1, input: { status: 'SIGNED', statusDate: '2014-09-01', investmentYi: 4 } },
      TOKENS.planner,
    );
    expect(ok.data?.updateProject).toMatchObject({ version: 2, status: 'SIGNED' });
    const before = await footprint();
    const stale = await api.gql(UPDATE, { id, version: 1, input: { investmentYi: 99 } }, TOKENS.planner);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'STALE_VERSION',
      sentVersion: 1,
      currentVersion: 2,
    });
    expect(await footprint()).toEqual(before);
    const history = await api.gql<{
      project: { investmentYi: number; statusHistory: { status: string; changedOn: string }[] };
    }>(`query($id: ID!) { project(id: $id) { investmentYi statusHistory { status changedOn } } }`, { id });
    expect(history.data?.project.investmentYi).toBe(4);
    expect(history.data?.project.statusHistory).toEqual([
      { status: 'PLANNED', changedOn: '2014-08-01' },
      { status: 'SIGNED', changedOn: '2014-09-01' },
    ]);
  });

  it('writes road links, grid projects, facilities, relocation sites, progress reports and inspection scores', async () => {
    const road = await api.gql<{
      createRoadLink: { id: string; lengthKm: number; declaredLengthKm: number };
    }>(
      `mutation { createRoadLink(input: { name: "测试道路", kind: NEW, zoneCode: "fugou", investmentYi: 0.5,
        geometry: { type: "LineString", coordinates: [[114.40, 34.02], [114.45, 34.02]] } }) { id lengthKm declaredLengthKm } }`,
      {},
      TOKENS.planner,
    );
    expect(road.errors).toBeUndefined();
    expect(road.data?.createRoadLink.declaredLengthKm).toBeCloseTo(
      road.data?.createRoadLink.lengthKm ?? 0,
      1,
    );
    const site = await api.gql<{ updateRelocationSite: { unitsCompleted: number; version: number } }>(
      `mutation { updateRelocationSite(id: "demo-relocation-01", version: 1, input: { unitsCompleted: 0 }) { unitsCompleted version } }`,
      {},
      TOKENS.planner,
    );
    expect(site.data?.updateRelocationSite).toEqual({ unitsCompleted: 0, version: 2 });
    const scores = await api.gql<{ recordInspectionScores: { zoneCode: string; score: number }[] }>(
      `mutation { recordInspectionScores(input: { period: "2015Q1", kind: QUARTERLY, heldOn: "2015-04-10",
        scores: [{ zoneCode: "taikang", score: 91 }, { zoneCode: "xihua", score: 77.5 }] }) { zoneCode score } }`,
      {},
      TOKENS.admin,
    );
    expect(scores.data?.recordInspectionScores).toHaveLength(2);
    const ranking = await api.gql<{
      inspectionRanking: { zones: { zoneCode: string; rank: number | null }[] };
    }>('{ inspectionRanking(period: "2015Q1") { zones { zoneCode rank } } }');
    expect(ranking.data?.inspectionRanking.zones.slice(0, 2)).toEqual([
      { zoneCode: 'taikang', rank: 1 },
      { zoneCode: 'xihua', rank: 2 },
    ]);
    const grid = await api.gql(
      `mutation { createGridProject(input: { name: "测试变电站", kind: SUBSTATION, voltageKv: 110, transformerKva: 50000, investmentYi: 0.3,
        status: NEW, geometry: { type: "Point", coordinates: [114.6, 33.6] } }) { id } }`,
      {},
      TOKENS.planner,
    );
    expect(grid.errors).toBeUndefined();
  });
});

describe('bad input is refused with BAD_USER_INPUT and nothing is written', () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      'a self-intersecting polygon',
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [114.8, 34.0],
              [114.82, 34.02],
              [114.82, 34.0],
              [114.8, 34.02],
              [114.8, 34.0],
            ],
          ],
        },
      },
    ],
    [
      'an unclosed ring',
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [114.8, 34.0],
              [114.82, 34.0],
              [114.82, 34.02],
              [114.8, 34.02],
            ],
          ],
        },
      },
    ],
    [
      'a type GeoJSON does not have',
      { geometry: { type: 'Circle', coordinates: [114.8, 34.0], radius: 100 } },
    ],
    [
      'a type a project cannot be',
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [114.8, 34.0],
            [114.82, 34.02],
          ],
        },
      },
    ],
    ['a position outside Zhoukou', { geometry: { type: 'Point', coordinates: [121.47, 31.23] } }],
    ['a position off the globe', { geometry: { type: 'Point', coordinates: [214.8, 34.0] } }],
    ['negative money', { investmentYi: -1 }],
    ['an unknown zone', { zoneCode: 'nowhere' }],
    ['an unknown cluster', { clusterCode: 'steel' }],
    ['a future status date', { statusDate: '2999-01-01' }],
  ];

  it.each(cases)('%s', async (_what, change) => {
    const before = await footprint();
    const r = await api.gql(CREATE, { input: { ...validProject, ...change } }, TOKENS.planner);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/ \/ /);
    expect(r.errors?.[0]?.message).not.toMatch(/INSERT|SELECT|constraint "|at .*\.ts/);
    expect(await footprint()).toEqual(before);
  });

  it('an impossible status transition (back, or skipping a stage)', async () => {
    const project = await api.gql<{
      projects: { edges: { node: { id: string; version: number; status: string } }[] };
    }>('{ projects(first: 1, filter: { statuses: [COMPLETED] }) { edges { node { id version status } } } }');
    const node = project.data?.projects.edges[0]?.node;
    const before = await footprint();
    for (const status of ['PLANNED', 'SIGNED']) {
      const r = await api.gql(
        UPDATE,
        { id: node?.id, version: node?.version, input: { status } },
        TOKENS.planner,
      );
      expect(r.errors?.[0]?.extensions?.code, status).toBe('BAD_USER_INPUT');
    }
    const planned = await api.gql<{ projects: { edges: { node: { id: string; version: number } }[] } }>(
      '{ projects(first: 1, filter: { statuses: [PLANNED] }) { edges { node { id version } } } }',
    );
    const skip = planned.data?.projects.edges[0]?.node;
    const r = await api.gql(
      UPDATE,
      { id: skip?.id, version: skip?.version, input: { status: 'COMPLETED' } },
      TOKENS.planner,
    );
    expect(r.errors?.[0]?.message).toMatch(/skip/);
    expect(await footprint()).toEqual(before);
  });
});

describe('roles', () => {
  it('asks an anonymous writer to sign in, forbids a viewer, refuses a wrong token', async () => {
    const before = await footprint();
    const anonymous = await api.gql(CREATE, { input: validProject });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await api.gql(CREATE, { input: validProject }, TOKENS.viewer);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await api.gql(CREATE, { input: validProject }, 'not-a-token');
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await footprint()).toEqual(before);
  });

  it('lets anyone read', async () => {
    expect((await api.gql('{ zones { code } }')).data).toBeDefined();
  });
});

describe('abuse limits and error hygiene', () => {
  it('refuses a query 20 deep', async () => {
    const deep = `{ zones { ${'clusters { zones { '.repeat(10)}code${' } }'.repeat(10)} } }`;
    const r = await api.gql(deep);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.data).toBeUndefined();
  });

  it('refuses 50 aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: zones { code }`).join(' ');
    const r = await api.gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ zones { code } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses a query whose cost is too high', async () => {
    const r = await api.gql(
      '{ a: projects(first: 1000) { edges { node { zone { projects { zone { projects { id } } } } } } } }',
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('suggests no schema names, and every error carries an id the log also holds', async () => {
    const r = await api.gql('{ zonez { code } }');
    expect(r.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const errorId = r.errors?.[0]?.extensions?.errorId;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.logs.some((l) => l.errorId === errorId)).toBe(true);
  });

  it('hides SQL and stacks of internal failures, logging them under the error’s id', async () => {
    // A database fault mid-service: the table a query needs has gone.
    await selectRows(api.atlas.db, sql`ALTER TABLE housing_projects RENAME TO housing_projects_gone`);
    const broken = await api.gql('{ housingProjects { name } }');
    await selectRows(api.atlas.db, sql`ALTER TABLE housing_projects_gone RENAME TO housing_projects`);
    const error = broken.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).toBe('Internal server error');
    expect(JSON.stringify(broken)).not.toMatch(/select|housing_projects|stack|\.ts:/i);
    expect(api.logs.some((l) => l.errorId === error?.extensions?.errorId && l.level === 50)).toBe(true);
  });
});
