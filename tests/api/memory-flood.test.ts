import type { AtlasDatabase } from '@atlas/db';
import { seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIFTEEN_FULL_COUNTIES,
  FLOOD_LIMITS,
  type FloodServer,
  measureWorstCases,
  post,
  runFlood,
  startFloodServer,
  withStallWatch,
} from '../bench/memory-flood';

// Issue 9, part 7, at CI size (the full 300-read flood is `pnpm bench:faults`): distinct anonymous
// reads of the largest answers the cost limit accepts hold memory, the response cache and the event
// loop within the stated bounds, and the report's 15-alias request is refused before any work.
const database = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const STALL_MS = FLOOD_LIMITS.stallMs[database];

let atlas: AtlasDatabase;
let server: FloodServer;

beforeAll(async () => {
  atlas = await openTestDatabase({ statementTimeoutMs: 10_000 });
  await seed(atlas, { demo: true });
  server = await startFloodServer(atlas);
  // Warm-up: the counties simplified at zoom 9 once per data version, the code paths compiled.
  await measureWorstCases(server.url, 1, 900_000);
});
afterAll(async () => {
  await server?.stop();
  await atlas?.close();
});

describe('the largest answers the cost limit accepts', () => {
  it(`each answer under 1 MB, the event loop held at most ${STALL_MS} ms`, async () => {
    const worst = await measureWorstCases(server.url, 2);
    for (const w of worst) {
      expect(w.bytes, w.case).toBeLessThan(1024 * 1024);
      expect(w.stallMs, w.case).toBeLessThanOrEqual(STALL_MS);
    }
  });

  it('refuses 15 aliases of the counties at full detail before reading them', async () => {
    const { result, stallMs } = await withStallWatch(() => post(server.url, FIFTEEN_FULL_COUNTIES));
    expect(result.status).toBe(400);
    expect(result.code).toBe('QUERY_TOO_COMPLEX');
    expect(stallMs).toBeLessThan(STALL_MS);
  });
});

describe('a flood of distinct large reads', () => {
  it('keeps RSS, the response cache and the event loop bounded, and a small read answered', async () => {
    const flood = await runFlood(server, { sequential: 30, concurrent: 16, parallel: 4 });
    expect(flood.failures).toBe(0);
    expect(flood.refused).toBe(Math.floor((30 + 16) / 4));
    expect(flood.peakRss - flood.baselineRss).toBeLessThan(FLOOD_LIMITS.rssGrowthBytes);
    expect(flood.peakCacheBytes).toBeLessThanOrEqual(server.api.cache.limits.maxBytes);
    expect(flood.stallMs).toBeLessThanOrEqual(STALL_MS);
    expect(flood.slowestSmallReadMs).toBeLessThanOrEqual(FLOOD_LIMITS.smallReadMs);
  }, 120_000);

  it('never caches an answer over the per-answer limit', () => {
    const { cache } = server.api;
    const before = cache.bytes;
    const body = JSON.stringify({ data: { x: 'x'.repeat(cache.limits.maxEntryBytes) } });
    expect(cache.set('oversized', { version: 1, status: 200, headers: {}, body })).toBe(false);
    expect(cache.bytes).toBe(before);
    expect(cache.get('oversized', 1)).toBeNull();
  });
});
