import { type AtlasDb, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';

/** Rows any write would touch: if a refused write changed none of them, nothing was written. */
export async function writeFootprint(db: AtlasDb) {
  const [row] = await selectRows<{ projects: number; audit: number; version: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM projects) AS projects, (SELECT count(*)::int FROM audit_log) AS audit,
               (SELECT version::int FROM data_version) AS version`,
  );
  return row;
}
