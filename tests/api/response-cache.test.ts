import { selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

const cacheOf = async (query: string, token?: string) => {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  await res.text();
  return res.headers.get('x-atlas-cache');
};

describe('the response cache, from outside', () => {
  it('caches an answer whose data holds the word "errors"', async () => {
    const query = '{ errors: zones { code } }';
    expect(await cacheOf(query)).toBe('miss');
    expect(await cacheOf(query)).toBe('hit');
  });

  it('does not cache an answer with an error in it', async () => {
    const query = '{ planTargets(year: 2014, zoneCode: "no-such-zone") { metric } zones { code } }';
    expect(await cacheOf(query)).toBe('miss');
    expect(await cacheOf(query)).toBe('miss');
  });

  it('never serves one caller’s answer to another, even of the same role', async () => {
    const query = '{ zones { name } }';
    expect(await cacheOf(query, TOKENS.viewer)).toBe('miss');
    expect(await cacheOf(query, TOKENS.viewer)).toBe('hit');
    // Keyed by who asks (user, service or anonymous), not by role alone: see ResponseCache.keyOfRead.
    expect(await cacheOf(query)).toBe('miss');
    expect(await cacheOf(query)).toBe('hit');
    expect(await cacheOf(query, TOKENS.planner)).toBe('miss');
    expect(await cacheOf(query, TOKENS.planner)).toBe('hit');
  });
});

describe('a write invalidates only what it changed', () => {
  const answerOf = async (query: string) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data: Record<string, unknown> };
    return { cache: res.headers.get('x-atlas-cache'), data: body.data };
  };
  const UNRELATED = {
    counties: '{ counties { adcode name geometry(zoom: 9) } }',
    zones: '{ zones { code name starLevel geometry(zoom: 9) clusters { code } } }',
    rivers: '{ rivers { id level } }',
    works: '{ roadLinks { id name kind } gridProjects { id name status } }',
  };
  const PROJECTS = '{ projects(first: 5) { edges { node { id name investmentYi } } } }';
  const UPDATE = `mutation($id: ID!, $version: Int!, $input: ProjectPatch!) {
    updateProject(id: $id, version: $version, input: $input) { id version investmentYi } }`;

  it('keeps the counties’, zones’, rivers’ and works’ answers after a project edit, and refreshes the projects’', async () => {
    for (const query of [...Object.values(UNRELATED), PROJECTS]) await answerOf(query);
    for (const query of [...Object.values(UNRELATED), PROJECTS])
      expect((await answerOf(query)).cache, query).toBe('hit');

    const [project] = await api
      .gql<{ projects: { edges: { node: { id: string; version: number } }[] } }>(
        '{ projects(first: 1) { edges { node { id version } } } }',
      )
      .then((r) => r.data?.projects.edges.map((e) => e.node) ?? []);
    const edited = await api.gql(
      UPDATE,
      { id: project?.id, version: project?.version, input: { investmentYi: 123.25 } },
      TOKENS.planner,
    );
    expect(edited.errors).toBeUndefined();

    for (const [layer, query] of Object.entries(UNRELATED))
      expect((await answerOf(query)).cache, layer).toBe('hit');
    const projects = await answerOf(PROJECTS);
    expect(projects.cache).toBe('miss');
    expect(JSON.stringify(projects.data)).toContain('123.25');
  });

  // On PostgreSQL another process may write (psql here); an embedded directory has no writer but the
  // API's own process (data-version-source.ts), so there is nothing outside it to notice.
  it.runIf(Boolean(process.env.DATABASE_URL))(
    'refreshes the zones’ answer after psql changes a zone',
    async () => {
      await answerOf(UNRELATED.zones);
      expect((await answerOf(UNRELATED.zones)).cache).toBe('hit');
      // Outside the API, as a planner with psql would: the table's trigger moves its version.
      await selectRows(api.atlas.db, sql`UPDATE zones SET star_level = star_level WHERE code = 'taikang'`);
      expect((await answerOf(UNRELATED.zones)).cache).toBe('miss');
      expect((await answerOf(UNRELATED.counties)).cache).toBe('hit');
    },
  );
});
