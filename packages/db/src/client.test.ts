import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from './rows';
import { openTestDatabase } from './testing';
import { withWritePriority } from './write-first';

describe('the database client', () => {
  it('reports every statement it sends to onQuery', async () => {
    const seen: string[] = [];
    const atlas = await openTestDatabase({ onQuery: (q) => seen.push(q) });
    try {
      await atlas.db.execute(sql`SELECT 41 + 1`);
      expect(seen).toEqual(['SELECT 41 + 1']);
    } finally {
      await atlas.close();
    }
  });

  it('sets the statement timeout, and PostgreSQL cancels a statement that runs past it', async () => {
    const atlas = await openTestDatabase({ statementTimeoutMs: 200 });
    try {
      const [setting] = await selectRows<{ statement_timeout: string }>(
        atlas.db,
        sql`SHOW statement_timeout`,
      );
      expect(setting?.statement_timeout).toBe('200ms');
      // PGlite runs in this process's single WebAssembly thread and has no timer to interrupt a
      // statement, so only PostgreSQL can enforce the limit; the embedded database records it.
      if (atlas.target !== 'postgres') return;
      const started = Date.now();
      const outcome = await selectRows(atlas.db, sql`SELECT pg_sleep(3)`).then(
        () => 'finished',
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
      expect(outcome).toMatch(/statement timeout/);
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await atlas.close();
    }
  });
});

describe('the embedded database under reads and a write', () => {
  it('serves a write asked while reads are queued before them, after the one running', async () => {
    const atlas = await openTestDatabase();
    try {
      if (atlas.target !== 'pglite') return;
      const finished: string[] = [];
      const ask = (name: string) =>
        atlas.db
          .execute(sql`SELECT count(*) FROM generate_series(1, 200000)`)
          .then(() => finished.push(name));
      const reads = [1, 2, 3, 4].map((n) => ask(`read ${n}`));
      const write = withWritePriority(() => ask('write'));
      await Promise.all([...reads, write]);
      expect(finished).toEqual(['read 1', 'write', 'read 2', 'read 3', 'read 4']);
    } finally {
      await atlas.close();
    }
  });
});
