import { readdirSync, readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityOutline } from '../../apps/web/src/map/city-outline';
import { type ApiHarness, startApi } from './harness';

// The map's own queries, as its typed client sends them: each must run within the API's limits
// (cost, depth, aliases), anonymously unless it is a signed-in screen's, or a leader meets an empty
// map rather than a failed test. Mutations are tried by every role in role-matrix.test.ts and by the
// browser in tests/web.
const OPERATIONS_DIR = new URL('../../apps/web/src/graphql/operations/', import.meta.url);
const documents = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => [f, readFileSync(new URL(f, OPERATIONS_DIR), 'utf8')] as const);

/** Every query of every document, by name, with the document it needs (its fragments included). */
const queries = documents.flatMap(([file, document]) =>
  parse(document)
    .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query')
    .map((d) => [(d as { name?: { value: string } }).name?.value ?? file, file, document] as const),
);

/** Queries only a signed-in planner's screens ask (the history tab, the review of reports). */
const PLANNER_QUERIES = new Set(['AuditLog', 'ReviewBoard', 'ReviewReport']);
/** Queries whose answer is rightly all null for an anonymous caller: asked as a planner too. */
const SIGNED_IN_QUERIES = new Set(['Me']);

let api: ApiHarness;
let plannerToken: string;
let variables: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  api = await startApi();
  plannerToken = await api.signIn({ username: 'ops-planner', role: 'planner' });
  const { data } = await api.gql<{
    projects: { edges: { node: { id: string } }[] };
    relocationSites: { id: string }[];
  }>('{ projects(first: 1) { edges { node { id } } } relocationSites { id } }');
  const projectId = data?.projects.edges[0]?.node.id;
  variables = {
    MapProjects: { after: null },
    ProjectDetail: { id: projectId },
    ProjectLedgerRow: { year: 2014, zoneCode: 'taikang' },
    RelocationDetail: { id: data?.relocationSites[0]?.id },
    Search: { text: '太康' },
    ZoneDetail: { code: 'taikang', zoneCode: 'taikang', year: 2014 },
    InspectionScreen: { period: '2014Q3' },
    InspectionScorecard: { code: 'taikang', zoneCode: 'taikang', period: '2014Q3' },
    AuditLog: { entity: 'project', id: projectId, first: 20 },
    ChangesBetween: { from: '2014Q3', to: '2014Q4' },
    MeetingScreen: { month: '2014-08', year: 2014, asOf: '2014-08-31' },
    ReportForm: { code: 'taikang', month: '2014-08' },
    ReviewBoard: { month: '2014-08' },
    ReviewReport: { zoneCode: 'taikang', month: '2014-08' },
    WorksSchedule: { asOf: '2014-12-31' },
    ZoneProgress: { year: 2014 },
    ZoneRanks: { period: '2014Q3' },
  };
});
afterAll(() => api?.stop());

async function run(name: string, document: string, token?: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document, operationName: name, variables: variables[name] ?? {} }),
  });
  return {
    status: res.status,
    ...((await res.json()) as { data?: Record<string, unknown>; errors?: unknown }),
  };
}

describe('the map’s GraphQL queries', () => {
  it('are all here, each with the variables it needs', () => {
    const names = queries.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['MapOpening', 'MapProjects', 'ZoneDetail', 'MeetingScreen']),
    );
    const needing = queries.filter(([, , document]) => /\(\$/.test(document));
    for (const [name, file, document] of needing) {
      const definition = parse(document).definitions.find(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
      ) as { variableDefinitions?: readonly unknown[] } | undefined;
      if (definition?.variableDefinitions?.length) expect(variables[name], `${file} ${name}`).toBeDefined();
    }
  });

  it.each(queries)('%s (%s) runs with no error', async (name, _file, document) => {
    const token = PLANNER_QUERIES.has(name) || SIGNED_IN_QUERIES.has(name) ? plannerToken : undefined;
    const { status, data, errors } = await run(name, document, token);
    expect(errors, name).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.values(data ?? {}).some((v) => v !== null)).toBe(true);
  });

  // The board and accepted reports are public; what a planner alone may read is the history.
  it.each(queries.filter(([name]) => name === 'AuditLog'))(
    '%s is refused to an anonymous caller',
    async (name, _file, document) => {
      const { errors } = await run(name, document);
      expect(JSON.stringify(errors)).toMatch(/UNAUTHENTICATED/);
    },
  );
});

describe('the city outline the map draws from the API’s counties', () => {
  it('is closed and holds none of the borders between counties', async () => {
    const { data } = await api.gql<{ counties: { geometry: Geometry }[] }>(
      '{ counties { geometry(zoom: 9) } }',
    );
    const counties = (data?.counties ?? []).map((c) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: c.geometry,
    }));
    const outline = cityOutline(counties);
    const allEdges = counties.reduce((n, c) => n + JSON.stringify(c.geometry).split('],[').length, 0);
    expect(outline.coordinates.length).toBeGreaterThan(100);
    expect(outline.coordinates.length).toBeLessThan(allEdges / 2);
    // Closed rings: every vertex of the outline joins an even number of its edges.
    const degree = new Map<string, number>();
    for (const [a, b] of outline.coordinates) {
      for (const p of [a, b]) degree.set(String(p), (degree.get(String(p)) ?? 0) + 1);
    }
    expect([...degree.values()].filter((d) => d % 2 !== 0)).toEqual([]);
  });
});
