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

const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ProjectPatch!) { updateProject(id: $id, version: $version, input: $input) { id version geometry } }`;

/** County seats (packages/data/src/plan/counties.ts): each lies in its own county. */
const SHANGSHUI_SEAT = [114.60062, 33.54968];
const HUAIYANG_SEAT = [114.87863, 33.74952];
const point = (coordinates: number[]) => ({ type: 'Point', coordinates });

const inShangshui = {
  name: '测试项目·落位',
  zoneCode: 'shangshui',
  clusterCode: null,
  investmentYi: 1.2,
  status: 'PLANNED',
  statusDate: '2014-08-01',
  geometry: point(SHANGSHUI_SEAT),
};

const footprint = () => writeFootprint(api.atlas.db);

async function created(): Promise<{ id: string; version: number }> {
  const r = await api.gql<{ createProject: { id: string; version: number } }>(
    CREATE,
    { input: inShangshui },
    TOKENS.planner,
  );
  expect(r.errors).toBeUndefined();
  const project = r.data?.createProject;
  if (!project) throw new Error('no project');
  return project;
}

function expectRefused(
  r: { errors?: { message: string; extensions?: { code?: unknown } }[] },
  words: RegExp[],
) {
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const message = r.errors?.[0]?.message ?? '';
  expect(message).toMatch(/ \/ /);
  for (const word of words) expect(message).toMatch(word);
  expect(message).not.toMatch(/SELECT|ST_|constraint "|at .*\.ts/);
}

describe('a project lies in the county of its zone', () => {
  it('refuses moving a project into another county, naming both counties', async () => {
    const project = await created();
    const before = await footprint();
    const r = await api.gql(
      UPDATE,
      { id: project.id, version: project.version, input: { geometry: point(HUAIYANG_SEAT) } },
      TOKENS.planner,
    );
    expectRefused(r, [/淮阳县/, /商水县/, /Huaiyang County/, /Shangshui County/]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses creating a project in another county than its zone’s', async () => {
    const before = await footprint();
    const r = await api.gql(
      CREATE,
      { input: { ...inShangshui, geometry: point(HUAIYANG_SEAT) } },
      TOKENS.planner,
    );
    expectRefused(r, [/淮阳县/, /商水县/]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses moving a project to another zone while leaving it where it is', async () => {
    const project = await created();
    const r = await api.gql(
      UPDATE,
      { id: project.id, version: project.version, input: { zoneCode: 'huaiyang' } },
      TOKENS.planner,
    );
    expectRefused(r, [/商水县/, /淮阳县/]);
  });

  it('refuses a polygon reaching out of the county, naming where it reaches', async () => {
    const [x, y] = SHANGSHUI_SEAT as [number, number];
    const [hx, hy] = HUAIYANG_SEAT as [number, number];
    const ring = [
      [x, y],
      [hx, hy],
      [hx, hy + 0.01],
      [x, y + 0.01],
      [x, y],
    ];
    const r = await api.gql(
      CREATE,
      { input: { ...inShangshui, geometry: { type: 'Polygon', coordinates: [ring] } } },
      TOKENS.planner,
    );
    expectRefused(r, [/商水县/, /Shangshui County/]);
  });

  it('accepts a move inside the county, outside the schematic zone footprint', async () => {
    const project = await created();
    const moved = point([114.6, 33.5]);
    const [outside] = await selectRows<{ outside: boolean }>(
      api.atlas.db,
      sql`SELECT NOT ST_Intersects(footprint, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(moved)}), 4326)) AS outside
          FROM zones WHERE code = 'shangshui'`,
    );
    expect(outside?.outside).toBe(true);
    const r = await api.gql<{ updateProject: { version: number; geometry: unknown } }>(
      UPDATE,
      { id: project.id, version: project.version, input: { geometry: moved } },
      TOKENS.planner,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateProject).toMatchObject({ version: project.version + 1, geometry: moved });
  });
});

describe('a project’s cluster is one its zone hosts', () => {
  it('refuses creating a project with a cluster its zone does not host, naming both', async () => {
    const before = await footprint();
    const r = await api.gql(
      CREATE,
      {
        input: {
          ...inShangshui,
          zoneCode: 'taikang',
          clusterCode: 'pharma',
          geometry: point([114.85, 34.04]),
        },
      },
      TOKENS.planner,
    );
    expectRefused(r, [
      /太康县产业集聚区/,
      /医药产业集群/,
      /Taikang County Industrial Cluster District/,
      /Pharmaceuticals/,
    ]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses setting such a cluster on a project, and accepts one the zone hosts', async () => {
    const r0 = await api.gql<{ createProject: { id: string; version: number } }>(
      CREATE,
      {
        input: {
          ...inShangshui,
          zoneCode: 'taikang',
          clusterCode: 'textile',
          geometry: point([114.85, 34.04]),
        },
      },
      TOKENS.planner,
    );
    expect(r0.errors).toBeUndefined();
    const project = r0.data?.createProject;
    const refused = await api.gql(
      UPDATE,
      { id: project?.id, version: project?.version, input: { clusterCode: 'pharma' } },
      TOKENS.planner,
    );
    expectRefused(refused, [/太康县产业集聚区/, /医药产业集群/]);
    const cleared = await api.gql(
      UPDATE,
      { id: project?.id, version: project?.version, input: { clusterCode: null } },
      TOKENS.planner,
    );
    expect(cleared.errors).toBeUndefined();
  });
});

describe('the seeded projects', () => {
  it('lie in their zone’s county, in clusters their zone hosts', async () => {
    const misplaced = await selectRows<{ id: string; zone_code: string; cluster_code: string | null }>(
      api.atlas.db,
      sql`SELECT p.id, p.zone_code, p.cluster_code
          FROM projects p JOIN zones z ON z.code = p.zone_code JOIN counties c ON c.adcode = z.county_adcode
          WHERE NOT ST_CoveredBy(p.geometry, c.boundary)
             OR (p.cluster_code IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM cluster_memberships m WHERE m.zone_code = p.zone_code AND m.cluster_code = p.cluster_code))`,
    );
    const [{ count } = { count: 0 }] = await selectRows<{ count: number }>(
      api.atlas.db,
      sql`SELECT count(*)::int AS count FROM projects`,
    );
    expect(count).toBeGreaterThan(0);
    expect(misplaced).toEqual([]);
  });
});
