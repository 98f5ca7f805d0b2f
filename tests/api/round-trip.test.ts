import { validateGeometry } from '@atlas/geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';
import { postImport } from './import-fixtures';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi();
}, 240_000);
afterAll(() => api?.stop());

const LAYERS = ['projects', 'zones', 'roadLinks', 'gridProjects', 'facilities', 'relocationSites'] as const;
/** What an import itself changes: the version it bumps. */
const CHANGED_BY_IMPORT = new Set(['version']);

async function download(layer: string, format: 'geojson' | 'shp.zip'): Promise<Uint8Array> {
  const res = await fetch(`${api.url}/export/${layer}.${format}`, {
    headers: { authorization: `Bearer ${TOKENS.planner}` },
  });
  expect(res.status, `export ${layer}.${format}`).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

async function exported(layer: string): Promise<Map<string, Feature>> {
  const collection = JSON.parse(
    new TextDecoder().decode(await download(layer, 'geojson')),
  ) as FeatureCollection;
  return new Map(collection.features.map((f) => [String(f.properties?.id ?? f.properties?.code), f]));
}

/** Every position of a geometry, after the same normalization (winding, one-part Multi*) a write applies. */
function positionsOf(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  const normalized = validateGeometry(geometry);
  const g = normalized.ok ? normalized.geometry : geometry;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(positionsOf);
  return [g.coordinates].flat(3) as unknown as Position[];
}

function expectSameFeatures(before: Map<string, Feature>, after: Map<string, Feature>, label: string): void {
  expect([...after.keys()].sort(), label).toEqual([...before.keys()].sort());
  for (const [id, was] of before) {
    const now = after.get(id) as Feature;
    const a = positionsOf(was.geometry).flat() as unknown as number[];
    const b = positionsOf(now.geometry).flat() as unknown as number[];
    expect(b.length, `${label} ${id} positions`).toBe(a.length);
    const worst = Math.max(0, ...a.map((v, i) => Math.abs(v - (b[i] ?? Number.NaN))));
    expect(worst, `${label} ${id} geometry`).toBeLessThanOrEqual(1e-6);
    const attributes = (f: Feature) =>
      Object.fromEntries(Object.entries(f.properties ?? {}).filter(([k]) => !CHANGED_BY_IMPORT.has(k)));
    expect(attributes(now), `${label} ${id} attributes`).toEqual(attributes(was));
  }
}

describe('export then import back gives the same features', () => {
  it.each(
    LAYERS.flatMap((layer) => (['geojson', 'shp.zip'] as const).map((format) => [layer, format] as const)),
  )('%s as %s', async (layer, format) => {
    const before = await exported(layer);
    expect(before.size).toBeGreaterThan(0);
    const file = await download(layer, format);
    const query = { filename: `${layer}.${format}` };
    const dry = await postImport(api, layer, file, query, TOKENS.planner);
    expect(dry.status, JSON.stringify(dry.body.errors?.slice(0, 3))).toBe(200);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.created).toBe(0);
    const done = await postImport(api, layer, file, { ...query, dryRun: 'false' }, TOKENS.planner);
    expect(done.status, JSON.stringify(done.body.errors?.slice(0, 3))).toBe(200);
    // Zones whose boundary is unchanged are left as they were (their footprint stays unsurveyed).
    expect(done.body.updated).toBe(layer === 'zones' ? 0 : before.size);
    expectSameFeatures(before, await exported(layer), `${layer}.${format}`);
  });
});
