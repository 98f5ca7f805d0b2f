import { type AtlasDatabase, schema, seed } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { getTableColumns } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureGeometryLoader } from './feature-geometry';
import { listFeatures } from './list-features';

let atlas: AtlasDatabase;
beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: false });
});
afterAll(() => atlas?.close());

describe('a layer read without its geometry', () => {
  it('leaves the polygons out, and the loader brings back the same ones', async () => {
    const whole = await listFeatures(atlas.db, 'COUNTIES');
    const light = await listFeatures(atlas.db, 'COUNTIES', { withoutGeometry: true });
    expect(light.map((c) => c.adcode)).toEqual(whole.map((c) => c.adcode));
    expect(light.every((c) => c.boundary === undefined)).toBe(true);
    expect(light[0]?.seat).toEqual(whole[0]?.seat);
    const loader = featureGeometryLoader(atlas.db, 'COUNTIES');
    const fetched = await loader.loadMany(whole.map((c) => c.adcode));
    expect(fetched).toEqual(whole.map((c) => c.boundary));
    expect(await loader.load('000000')).toBeNull();
  });

  it('leaves the table’s own columns whole, so later writes still write the geometry', async () => {
    await listFeatures(atlas.db, 'COUNTIES', { withoutGeometry: true });
    expect(Object.keys(getTableColumns(schema.counties))).toContain('boundary');
  });

  it('shares one frozen object per stored geometry between reads', async () => {
    const [first] = await listFeatures(atlas.db, 'ZONES');
    const [again] = await listFeatures(atlas.db, 'ZONES');
    expect(again?.footprint).toBe(first?.footprint);
    expect(Object.isFrozen(first?.footprint.coordinates[0])).toBe(true);
  });
});
