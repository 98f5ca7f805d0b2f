import { COUNTY_POLYGONS, countyAtZoom } from '@atlas/data';
import { type AtlasDatabase, type AtlasDb, schema, seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { simplifyCoverage } from '@atlas/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedZoom, GeometryCache } from './geometry-cache';

let atlas: AtlasDatabase;
beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
});
afterAll(() => atlas?.close());

/** The longest the event loop went without running a 1 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await work();
  clearInterval(tick);
  return longest;
}

describe('GeometryCache for counties', () => {
  // A database that fails any use: counties must come from the committed build output alone.
  const noDatabase = new Proxy({} as AtlasDb, {
    get: () => {
      throw new Error('counties must not touch the database');
    },
  });

  it('serves the committed simplification, equal to simplifying the coverage, without the database', async () => {
    const cache = new GeometryCache();
    const expected = simplifyCoverage(COUNTY_POLYGONS.features, 9);
    for (const county of expected) {
      const served = await cache.geometryOf(noDatabase, 1, 'COUNTIES', 9, county.properties.adcode);
      expect(served).toEqual(county.geometry);
      expect(served).toBe(countyAtZoom(county.properties.adcode, 9));
    }
    expect(cache.size).toBe(0);
  });

  it('keeps the event loop free: no simplification in the request path at any zoom', async () => {
    const cache = new GeometryCache();
    const adcodes = COUNTY_POLYGONS.features.map((f) => f.properties.adcode);
    const stall = await longestStall(async () => {
      for (let zoom = 0; zoom <= 13; zoom++) {
        for (const adcode of adcodes) await cache.geometryOf(noDatabase, 1, 'COUNTIES', zoom, adcode);
      }
    });
    // Simplifying the counties at one zoom held the loop for most of a second before it moved to the build.
    expect(stall).toBeLessThan(150);
  });

  it('answers null from zoom 14 on, where the full polygon is served', async () => {
    expect(await new GeometryCache().geometryOf(noDatabase, 1, 'COUNTIES', 20, '411602')).toBeNull();
    expect(cachedZoom(2 ** 31)).toBe(14);
  });
});

describe('GeometryCache for zones', () => {
  it('survives a write to another table and follows a write to the zones', async () => {
    const cache = new GeometryCache();
    const first = await cache.geometryOf(atlas.db, 1, 'ZONES', 9, 'zhoukou-etdz');
    expect(first?.type).toBe('MultiPolygon');
    expect(cache.size).toBe(1);

    await atlas.db.update(schema.projects).set({ name: '项目改名' });
    // A project write bumps the data version; the zones' simplification is kept, not redone.
    expect(await cache.geometryOf(atlas.db, 2, 'ZONES', 9, 'zhoukou-etdz')).toBe(first);
    expect(cache.size).toBe(1);

    await atlas.db.update(schema.zones).set({ version: 7 });
    const after = await cache.geometryOf(atlas.db, 3, 'ZONES', 9, 'zhoukou-etdz');
    expect(after).not.toBe(first);
    expect(after).toEqual(first);
  });
});
