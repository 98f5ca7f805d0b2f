import { readdirSync, readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityOutline } from '../../apps/web/src/map/city-outline';
import { type ApiHarness, startApi } from './harness';

// The map's own operations, as its typed client sends them: each must run, anonymously, within the
// API's limits (cost, depth, aliases), or a leader meets an empty map rather than a failed test.
const OPERATIONS_DIR = new URL('../../apps/web/src/graphql/operations/', import.meta.url);
const operations = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => [f, readFileSync(new URL(f, OPERATIONS_DIR), 'utf8')] as const);

let api: ApiHarness;
let variables: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  api = await startApi();
  const { data } = await api.gql<{
    projects: { edges: { node: { id: string } }[] };
    relocationSites: { id: string }[];
  }>('{ projects(first: 1) { edges { node { id } } } relocationSites { id } }');
  variables = {
    'map-projects.graphql': { after: null },
    'project-detail.graphql': { id: data?.projects.edges[0]?.node.id },
    'relocation-detail.graphql': { id: data?.relocationSites[0]?.id },
    'search.graphql': { text: '太康' },
    'zone-detail.graphql': { code: 'taikang', zoneCode: 'taikang', year: 2014 },
    'inspection-screen.graphql': { period: '2014Q3' },
    'inspection-scorecard.graphql': { code: 'taikang', zoneCode: 'taikang', period: '2014Q3' },
  };
});
afterAll(() => api?.stop());

describe('the map’s GraphQL operations', () => {
  it('are all here', () => {
    expect(operations.map(([file]) => file)).toEqual(
      expect.arrayContaining(['map-opening.graphql', 'map-projects.graphql', 'zone-detail.graphql']),
    );
  });

  it.each(operations)('%s runs with no error and no token', async (file, document) => {
    const { status, data, errors } = await api.gql(document, variables[file] ?? {});
    expect(errors, file).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.values(data ?? {}).some((v) => v !== null)).toBe(true);
  });
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
