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
