import { readFileSync } from 'node:fs';
import { atlasSchema } from '@atlas/api';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';

const DOCUMENT = readFileSync(new URL('../../docs/queries.graphql', import.meta.url), 'utf8');
const operations = parse(DOCUMENT).definitions.flatMap((d) =>
  d.kind === 'OperationDefinition' && d.name ? [[d.name.value, d.operation] as const] : [],
);

/** Publishing is an admin's alone; every other operation is a planner's. */
const tokenFor = (name: string) =>
  name === 'PublishInspectionRanking2014Q3' ? TOKENS.admin : TOKENS.planner;

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

describe('docs/queries.graphql', () => {
  it('is valid against the schema', async () => {
    expect(validate(await atlasSchema(), parse(DOCUMENT)).map((e) => e.message)).toEqual([]);
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining(['NearestSubstationToEachZone', 'VillagesNearSewagePlants', 'MapOpening']),
    );
  });

  it.each(operations)('%s runs without errors', async (name, kind) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor(name)}` },
      body: JSON.stringify({ query: DOCUMENT, operationName: name }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors, `${kind} ${name}`).toBeUndefined();
    expect(Object.keys(body.data ?? {}).length).toBeGreaterThan(0);
  });
});

describe('the service around GraphQL', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = (await (await fetch(`${api.url}/readyz`)).json()) as {
      status: string;
      dataVersion: number;
    };
    expect(ready.status).toBe('ready');
    expect(ready.dataVersion).toBeGreaterThan(0);
  });

  it('serves the GraphQL IDE and its scripts from itself, when enabled', async () => {
    const dev = await startApi({ NODE_ENV: 'development' });
    try {
      const page = await (await fetch(`${dev.url}/graphiql`)).text();
      expect(page).toContain('/graphiql/graphiql.js');
      expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
      for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
        const res = await fetch(`${dev.url}/graphiql/${asset}`);
        expect(res.status, asset).toBe(200);
        expect((await res.text()).length, asset).toBeGreaterThan(1000);
      }
    } finally {
      await dev.stop();
    }
    expect((await fetch(`${api.url}/graphiql`)).status).toBe(404);
  });
});
