import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type AtlasDb, type DatabaseTarget, openDatabase } from '../client';
import { acquireDataDirLock } from '../data-dir-lock';
import { readDataVersion, readDataVersions } from '../data-version';
import { selectRows } from '../rows';
import { withDatabaseName } from '../testing';
import { backupDatabase, restoreDatabase } from '.';

const scratch = await mkdtemp(join(tmpdir(), 'atlas-backup-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** One audited, versioned write, as the domain makes them: a row in audit_log and a version bump. */
const write = (db: AtlasDb, actor: string) =>
  db.execute(sql`
    WITH audited AS (
      INSERT INTO audit_log (actor, action, entity, entity_id) VALUES (${actor}, 'TEST', 'backup', '1')
    )
    UPDATE data_version SET version = version + 1`);

/** Makes n writes (maybe none) and reads back what the database holds; one open, as PGlite's cost seconds. */
async function writeAndRead(target: DatabaseTarget, n = 0, actor = 'tester') {
  const atlas = await openDatabase(target);
  try {
    for (let i = 0; i < n; i++) await write(atlas.db, actor);
    const [row] = await selectRows<{ n: number }>(
      atlas.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE actor = ${actor}`,
    );
    return { rows: row?.n ?? 0, version: await readDataVersion(atlas.db) };
  } finally {
    await atlas.close();
  }
}

async function tableVersionsOf(target: DatabaseTarget) {
  const atlas = await openDatabase(target);
  try {
    return (await readDataVersions(atlas.db)).tables;
  } finally {
    await atlas.close();
  }
}

/**
 * The same story on either database: back up, write more, and find the older backup refused
 * over the newer data without --force and restored with it, the version moving on, not back.
 */
async function roundTrip(target: DatabaseTarget, fresh: DatabaseTarget) {
  const start = await writeAndRead(target, 3);
  const file = join(scratch, `${target.kind}-${randomBytes(4).toString('hex')}.backup`);
  const manifest = await backupDatabase(target, file);
  expect(manifest.dataVersion).toBe(start.version);

  const newer = await writeAndRead(target, 2);
  expect(newer.rows).toBe(start.rows + 2);
  await expect(restoreDatabase(target, file)).rejects.toThrow(
    new RegExp(`data version ${start.version} is older than the database's current ${newer.version}`),
  );

  const tablesBefore = await tableVersionsOf(target);
  const forced = await restoreDatabase(target, file, { force: true });
  expect(forced.dataVersion).toBe(newer.version + 1);
  expect(await writeAndRead(target)).toEqual({ rows: start.rows, version: newer.version + 1 });
  if (target.kind === 'postgres') {
    // Restored online, under a running API's cache: every table moves past any version it had.
    const highest = Math.max(...Object.values(tablesBefore));
    const tablesAfter = await tableVersionsOf(target);
    expect(Object.keys(tablesAfter).sort()).toEqual(Object.keys(tablesBefore).sort());
    for (const version of Object.values(tablesAfter)) expect(version).toBeGreaterThan(highest);
  }

  // Into an empty database nothing is newer, so no --force is needed and the version is the backup's.
  const into = await restoreDatabase(fresh, file);
  expect(into.dataVersion).toBe(start.version);
  expect(await writeAndRead(fresh)).toEqual(start);
}

const template = inject('atlasTestTemplate');

// The embedded pass of CI runs these (on its PGlite template); the PostgreSQL pass, which would
// first have to make a PGlite template of its own, would only repeat them.
describe.skipIf(template.kind !== 'pglite')('backups of the embedded database', () => {
  it('round-trips through a backup file, refusing to overwrite newer data unless forced', async () => {
    if (template.kind !== 'pglite') throw new Error('expected a PGlite template');
    const dataDir = join(scratch, 'pglite');
    const loadDataDir = new Blob([await readFile(template.file)]);
    await (await openDatabase({ kind: 'pglite', dataDir, loadDataDir })).close();

    await roundTrip({ kind: 'pglite', dataDir }, { kind: 'pglite', dataDir: join(scratch, 'pglite-new') });
  }, 180_000);

  it('is refused while another holder has the directory, naming it', async () => {
    const dataDir = join(scratch, 'pglite');
    const lock = await acquireDataDirLock(dataDir);
    try {
      await expect(backupDatabase({ kind: 'pglite', dataDir }, join(scratch, 'held.backup'))).rejects.toThrow(
        /API stopped.*data directory .*pglite/,
      );
    } finally {
      await lock.release();
    }
  });
});

describe.skipIf(template.kind !== 'postgres')('backups of a PostgreSQL database', () => {
  const created: string[] = [];
  const admin = template.kind === 'postgres' ? postgres(template.url, { max: 1, onnotice: () => {} }) : null;
  afterAll(async () => {
    for (const name of created) await dropDatabase(name);
    await admin?.end();
  });

  // An autovacuum worker (the superuser's) may still be in a database just restored, and FORCE
  // may not end another role's session: wait for it instead.
  async function dropDatabase(name: string) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (e) {
        if (attempt > 20) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** A scratch database copied from the run's migrated template. */
  async function scratchDatabase(): Promise<DatabaseTarget> {
    if (template.kind !== 'postgres' || !admin) throw new Error('no PostgreSQL template');
    const name = `atlas_test_${randomBytes(6).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
    created.push(name);
    return { kind: 'postgres', url: withDatabaseName(template.url, name), max: 2 };
  }

  it('round-trips through a backup file, refusing to overwrite newer data unless forced', async () => {
    await roundTrip(await scratchDatabase(), await scratchDatabase());
  });

  it('takes a consistent backup while a writer keeps writing', async () => {
    const source = await scratchDatabase();
    const atlas = await openDatabase(source);
    const base = await readDataVersion(atlas.db);
    let written = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        await write(atlas.db, 'writer');
        written++;
      }
    })();
    try {
      while (written < 20) await new Promise((r) => setTimeout(r, 10));
      const file = join(scratch, 'during-writes.backup');
      const manifest = await backupDatabase(source, file);
      const atBackup = written;
      while (written < atBackup + 20) await new Promise((r) => setTimeout(r, 10));
      stop = true;
      await writer;

      const copy = await scratchDatabase();
      await restoreDatabase(copy, file);
      const restored = await writeAndRead(copy, 0, 'writer');
      // Each write is one row and one version: a torn backup would have one without the other.
      expect(restored.version).toBe(manifest.dataVersion);
      expect(restored.rows).toBe(manifest.dataVersion - base);
      expect(restored.rows).toBeGreaterThanOrEqual(20);
      expect(restored.rows).toBeLessThan(written);
    } finally {
      stop = true;
      await writer;
      await atlas.close();
    }
  });
});
