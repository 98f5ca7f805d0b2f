import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasDatabase } from './client';
import { ATLAS_TABLES, readDataVersions } from './data-version';
import { selectRows } from './rows';
import { seed } from './seed';
import { openTestDatabase } from './testing';

let atlas: AtlasDatabase;
beforeAll(async () => {
  atlas = await openTestDatabase();
  await seed(atlas, { demo: false });
});
afterAll(() => atlas?.close());

/** The version bookkeeping itself, and the write path's idempotency keys, are in no answer. */
const UNVERSIONED = new Set(['table_versions', 'idempotency_keys']);

describe('table versions', () => {
  it('has a version trigger on every table of the schema', async () => {
    const rows = await selectRows<{ table: string }>(
      atlas.db,
      sql`SELECT c.relname AS "table" FROM pg_trigger noted
          JOIN pg_class c ON c.oid = noted.tgrelid
          JOIN pg_trigger flushed ON flushed.tgrelid = c.oid AND flushed.tgname = 'atlas_table_version'
          WHERE noted.tgname = 'atlas_table_written'`,
    );
    const versioned = new Set(rows.map((r) => r.table));
    const missing = [...ATLAS_TABLES].filter((t) => !UNVERSIONED.has(t) && !versioned.has(t));
    expect(missing).toEqual([]);
    expect(ATLAS_TABLES.size).toBeGreaterThan(20);
  });

  it('moves a table’s version on any write to it, and no other table’s', async () => {
    const before = await readDataVersions(atlas.db);
    await selectRows(
      atlas.db,
      sql`UPDATE rivers SET level = level WHERE id IN (SELECT id FROM rivers LIMIT 1)`,
    );
    await selectRows(atlas.db, sql`UPDATE clusters SET name = name`);
    const after = await readDataVersions(atlas.db);
    expect(after.tables.rivers).toBe((before.tables.rivers ?? 0) + 1);
    expect(after.tables.clusters).toBe((before.tables.clusters ?? 0) + 1);
    expect(after.tables.zones).toBe(before.tables.zones);
    expect(after.tables.counties).toBe(before.tables.counties);
  });

  it('moves each table once a transaction, at its commit, however many statements wrote it', async () => {
    const before = await readDataVersions(atlas.db);
    await atlas.db.transaction(async (tx) => {
      await selectRows(tx, sql`UPDATE clusters SET name = name`);
      await selectRows(tx, sql`UPDATE clusters SET name = name`);
      await selectRows(tx, sql`UPDATE zones SET name = name`);
      // Not yet: a reader outside sees the old versions until the commit.
      const [inside] = await selectRows<{ version: string }>(
        tx,
        sql`SELECT version::text FROM table_versions WHERE table_name = 'clusters'`,
      );
      expect(Number(inside?.version)).toBe(before.tables.clusters);
    });
    const after = await readDataVersions(atlas.db);
    expect(after.tables.clusters).toBe((before.tables.clusters ?? 0) + 1);
    expect(after.tables.zones).toBe((before.tables.zones ?? 0) + 1);
  });

  it('moves nothing for a write that rolls back', async () => {
    const before = await readDataVersions(atlas.db);
    await expect(
      atlas.db.transaction(async (tx) => {
        await selectRows(tx, sql`UPDATE zones SET name = name`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await readDataVersions(atlas.db)).tables.zones).toBe(before.tables.zones);
  });
});
