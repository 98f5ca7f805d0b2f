import { type AtlasDatabase, schema, seed, selectRows } from '@atlas/db';
import { openTestDatabase } from '@atlas/db/testing';
import type { ReadFeature } from '@atlas/exchange';
import { eq, sql } from 'drizzle-orm';
import type { Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import { createProject } from '../projects/write-project';
import { type ImportOptions, importFeatures } from './import-features';

let atlas: AtlasDatabase;
const planner: Actor = { name: 'planner-test', role: 'planner', authenticated: true };
const reporter: Actor = {
  name: 'reporter-etdz',
  role: 'zone_reporter',
  authenticated: true,
  zoneCode: 'zhoukou-etdz',
};

beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: true });
}, 180_000);
afterAll(() => atlas?.close());

const options = (dryRun: boolean, name = 'projects.csv'): ImportOptions => ({
  dryRun,
  file: { name, digest: 'ab'.repeat(32), bytes: 1234, kind: 'csv' },
  datum: { used: 'WGS84', from: 'default', evidence: null },
});

/** A project row as a CSV reader hands it over: every value text. */
const projectRow = (row: number, overrides: Record<string, unknown> = {}): ReadFeature => ({
  row,
  geometry: { type: 'Point', coordinates: [114.6305 + row * 1e-5, 33.6245] },
  properties: {
    名称: `导入测试项目${row}`,
    zoneCode: 'zhoukou-etdz',
    clusterCod: 'food',
    investment: '2.5',
    status: 'PLANNED',
    备注: 'ignored',
    ...overrides,
  },
});

const countProjects = async () =>
  (await selectRows<{ n: number }>(atlas.db, sql`SELECT count(*)::int AS n FROM projects`))[0]?.n;
const countAudit = async () =>
  (await selectRows<{ n: number }>(atlas.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0]?.n;

describe('importFeatures', () => {
  it('maps exact, truncated and header names, and lists the rest as unmapped', async () => {
    const report = await importFeatures(
      { db: atlas.db, actor: planner },
      'projects',
      [projectRow(1)],
      options(true),
    );
    const how = Object.fromEntries(report.mapping.map((m) => [m.from, [m.to, m.how]]));
    expect(how).toEqual({
      名称: ['name', 'header'],
      zoneCode: ['zoneCode', 'exact'],
      clusterCod: ['clusterCode', 'truncated'],
      investment: ['investmentYi', 'truncated'],
      status: ['status', 'exact'],
      备注: [null, 'unmapped'],
    });
    expect(report.errors).toEqual([]);
    expect(report.created).toBe(1);
  });

  it('writes nothing in a dry run, and names each bad row and field in both languages', async () => {
    const [projects, audit] = [await countProjects(), await countAudit()];
    const report = await importFeatures(
      { db: atlas.db, actor: planner },
      'projects',
      [
        projectRow(1),
        projectRow(2, { investment: 'abc' }),
        projectRow(3, { zoneCode: 'nowhere' }),
        projectRow(4, { status: 'FINISHED' }),
      ],
      options(true),
    );
    expect(report.committed).toBe(false);
    expect(report.created).toBe(1);
    const byRow = new Map(report.errors.map((e) => [e.row, e]));
    expect(byRow.get(2)?.field).toBe('investmentYi');
    expect(byRow.get(2)?.message).toMatch(/须为数字.* \/ .*must be a number/);
    expect(byRow.get(3)?.message).toMatch(/未知的产业集聚区代码 nowhere \/ Unknown zone code nowhere/);
    expect(byRow.get(4)?.field).toBe('status');
    expect(report.preview.features.map((f) => f.properties.action)).toEqual([
      'create',
      'error',
      'error',
      'error',
    ]);
    expect([await countProjects(), await countAudit()]).toEqual([projects, audit]);
  });

  it('commits all or nothing: one bad row and no row is written', async () => {
    const before = await countProjects();
    const refused = await importFeatures(
      { db: atlas.db, actor: planner },
      'projects',
      [projectRow(1), projectRow(2, { investment: '-1' })],
      options(false),
    );
    expect(refused.committed).toBe(false);
    expect(refused.errors).toMatchObject([{ row: 2, field: 'investmentYi' }]);
    expect(await countProjects()).toBe(before);

    const done = await importFeatures(
      { db: atlas.db, actor: planner },
      'projects',
      [projectRow(1), projectRow(2)],
      options(false, '项目清单.csv'),
    );
    expect(done).toMatchObject({ committed: true, created: 2, updated: 0, errors: [] });
    expect(await countProjects()).toBe((before ?? 0) + 2);
    const [audit] = await atlas.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, 'import'))
      .orderBy(sql`id DESC`)
      .limit(1);
    expect(audit?.after).toMatchObject({ layer: 'projects', file: '项目清单.csv', rows: 2, created: 2 });
  });

  it('updates by id with the version check: a stale version is an error on that row', async () => {
    const [stored] = await atlas.db
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.id, 'demo-project-001'));
    if (!stored) throw new Error('demo-project-001 missing');
    const row = (version: number) =>
      projectRow(1, {
        id: stored.id,
        version: String(version),
        名称: stored.name,
        zoneCode: stored.zoneCode,
        clusterCod: stored.clusterCode,
        investment: '3.75',
        status: stored.status,
      });
    const stale = await importFeatures(
      { db: atlas.db, actor: planner },
      'projects',
      [row(stored.version + 5)],
      options(false),
    );
    expect(stale.committed).toBe(false);
    expect(stale.errors[0]?.message).toMatch(/已被他人修改.* \/ .*changed since you read it/);
    const fresh = await importFeatures(
      { db: atlas.db, actor: planner },
      'projects',
      [{ ...row(stored.version), geometry: stored.geometry }],
      options(false),
    );
    expect(fresh).toMatchObject({ committed: true, updated: 1, created: 0 });
    const [after] = await atlas.db.select().from(schema.projects).where(eq(schema.projects.id, stored.id));
    expect(after?.investmentYi).toBe(3.75);
    expect(after?.version).toBe(stored.version + 1);
    // An unchanged geometry keeps its provenance: the demo's stays the demo's.
    expect(after?.geometrySourceKind).toBe(stored.geometrySourceKind);
  });

  it('lets a zone reporter import its own zone’s projects but not another’s', async () => {
    const own = await importFeatures(
      { db: atlas.db, actor: reporter },
      'projects',
      [projectRow(1)],
      options(true),
    );
    expect(own.errors).toEqual([]);
    const other = await importFeatures(
      { db: atlas.db, actor: reporter },
      'projects',
      [projectRow(1, { zoneCode: 'xiangcheng', clusterCod: '' })],
      options(true),
    );
    expect(other.errors[0]?.message).toMatch(/只能操作本园区.* \/ Forbidden/);
    await expect(
      importFeatures({ db: atlas.db, actor: reporter }, 'facilities', [], options(true)),
    ).rejects.toThrow(/Forbidden/);
  });

  it('stores a new project alike by the batch and by createProject, with its history and audit', async () => {
    const ctx = { db: atlas.db, actor: planner };
    const input = {
      name: '对照项目',
      zoneCode: 'zhoukou-etdz',
      clusterCode: 'food',
      investmentYi: 4.125,
      status: 'SIGNED' as const,
      statusDate: '2014-05-06',
      geometry: { type: 'Point', coordinates: [114.6311, 33.6249] },
    };
    const byVerb = await createProject(ctx, input);
    const imported = await importFeatures(
      ctx,
      'projects',
      [{ row: 1, geometry: input.geometry as Point, properties: { ...input, name: '对照项目批' } }],
      options(false, 'same.csv'),
    );
    expect(imported.created).toBe(1);
    const [byBatch] = await atlas.db
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.name, '对照项目批'));
    if (!byBatch) throw new Error('batch row missing');
    const comparable = (row: typeof byVerb) => {
      const { id, name, updatedAt, sourceCitation, geometrySourceCitation, ...rest } = row;
      return rest;
    };
    expect(comparable(byBatch)).toEqual(comparable(byVerb));
    const history = async (id: string) =>
      (
        await atlas.db
          .select()
          .from(schema.projectStatusChanges)
          .where(eq(schema.projectStatusChanges.projectId, id))
      ).map((h) => [h.status, h.changedOn, h.sourceKind]);
    expect(await history(byBatch.id)).toEqual(await history(byVerb.id));
    const audits = await atlas.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, byBatch.id));
    expect(audits.map((a) => [a.action, a.entity])).toEqual([['CREATE', 'project']]);
  });

  it('checks 2,000 rows within the budget', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => projectRow(i + 1));
    const started = performance.now();
    const report = await importFeatures({ db: atlas.db, actor: planner }, 'projects', rows, options(true));
    const ms = performance.now() - started;
    console.log(`2,000-row dry run: ${Math.round(ms)} ms`);
    expect(report.errors).toEqual([]);
    expect(report.created).toBe(2000);
    // 20 s: ten times what the batch takes on an idle machine, so only a lost batch (a statement
    // per check per row again) fails it.
    expect(ms).toBeLessThan(20_000);
  }, 120_000);
});
