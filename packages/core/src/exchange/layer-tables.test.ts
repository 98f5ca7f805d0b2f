import { type AtlasDatabase, seed, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import { sql } from 'drizzle-orm';
import type { Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../actor';
import { AtlasError } from '../errors';
import { listProjects } from '../projects/list-projects';
import { EXCHANGE_LAYERS, exportLayer, layerColumns, layerExtent, MAX_EXPORT_ROWS } from './layer-tables';

let atlas: AtlasDatabase;
const ctx = () => ({ db: atlas.db, actor: ANONYMOUS });

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
});
afterAll(() => atlas?.close());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AtlasError ? { code: error.code, message: error.message } : error),
  );

describe('exportLayer', () => {
  it('carries provenance on every layer, and every row fills it', async () => {
    for (const layer of EXCHANGE_LAYERS) {
      const keys = layerColumns(layer).map((c) => c.key);
      expect(keys, layer).toEqual(expect.arrayContaining(['sourceKind', 'sourceCitation']));
    }
    const pages = await Promise.all(EXCHANGE_LAYERS.map((layer) => exportLayer(ctx(), layer, {})));
    for (const page of pages) {
      expect(page.rows.length, page.layer).toBeGreaterThan(0);
      for (const row of page.rows) {
        expect(row.properties.sourceKind, page.layer).toMatch(/^[A-Z_]+$/);
        expect(String(row.properties.sourceCitation).trim(), page.layer).not.toBe('');
        expect(row.geometry === null, page.layer).toBe(!page.hasGeometry);
      }
    }
  });

  it('pages in a stable order, numberMatched counting before the page', async () => {
    const all = await exportLayer(ctx(), 'projects', {});
    const pages = await Promise.all(
      [0, 7, 14].map((offset) => exportLayer(ctx(), 'projects', { limit: 7, offset })),
    );
    expect(pages.map((p) => p.numberMatched)).toEqual([all.rows.length, all.rows.length, all.rows.length]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.rows.slice(0, 21).map((r) => r.id));
    const graphqlOrder = await listProjects(ctx(), null, { first: 21 });
    expect(all.rows.slice(0, 21).map((r) => r.id)).toEqual(graphqlOrder.edges.map((e) => e.node.id));
  });

  it('refuses filters a layer cannot take, unknown statuses and zones, and pages over the bound', async () => {
    expect(await refusal(exportLayer(ctx(), 'counties', { zone: 'taikang' }))).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('cannot be filtered by zone'),
    });
    expect(await refusal(exportLayer(ctx(), 'projects', { status: 'OPERATING' }))).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('unknown status "OPERATING"'),
    });
    expect(await refusal(exportLayer(ctx(), 'zones', { zone: 'atlantis' }))).toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(await refusal(exportLayer(ctx(), 'projects', { limit: MAX_EXPORT_ROWS + 1 }))).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('limit'),
    });
    expect(await refusal(exportLayer(ctx(), 'planTargets', { period: '2014Q5' }))).toMatchObject({
      code: 'BAD_INPUT',
    });
  });

  it('shows projects as they stood at a period’s end, as the map’s quarter filter does', async () => {
    const history = await selectRows<{ project_id: string; status: string; changed_on: string }>(
      atlas.db,
      sql`SELECT project_id, status::text AS status, changed_on::text AS changed_on FROM project_status_changes ORDER BY changed_on, id`,
    );
    // The map's rule (apps/web project-filter statusAt): the last status reached by the day.
    const expected = new Map<string, string>();
    for (const change of history)
      if (change.changed_on <= '2014-06-30') expected.set(change.project_id, change.status);
    const now = await exportLayer(ctx(), 'projects', {});
    const q2 = await exportLayer(ctx(), 'projects', { period: '2014Q2' });
    const statusOf = (page: typeof q2) => new Map(page.rows.map((r) => [r.id, r.properties.status]));
    expect(statusOf(q2)).toEqual(expected);
    const changedSince = [...statusOf(q2)].filter(([id, status]) => statusOf(now).get(id) !== status);
    expect(changedSince.length).toBeGreaterThan(0);
    const startedQ2 = await exportLayer(ctx(), 'projects', { period: '2014Q2', status: 'STARTED' });
    expect(startedQ2.rows.map((r) => r.id).sort()).toEqual(
      [...expected]
        .filter(([, status]) => status === 'STARTED')
        .map(([id]) => id)
        .sort(),
    );
  });
});

describe('layerExtent', () => {
  it('is the bounding box of the layer’s geometries, and null for tables without geometry', async () => {
    const zones = await exportLayer(ctx(), 'zones', {});
    const positions: Position[] = zones.rows.flatMap((r) =>
      r.geometry?.type === 'MultiPolygon' ? r.geometry.coordinates.flat(2) : [],
    );
    const xs = positions.map((p) => p[0] as number);
    const ys = positions.map((p) => p[1] as number);
    const extent = await layerExtent(ctx(), 'zones');
    const expected = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    for (const [i, v] of (extent ?? []).entries()) expect(v).toBeCloseTo(expected[i] as number, 9);
    expect(extent).toHaveLength(4);
    expect(await layerExtent(ctx(), 'planTargets')).toBeNull();
  });
});
