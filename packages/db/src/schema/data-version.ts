import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * One row whose `version` every write bumps, in the writer's transaction. Readers key caches on
 * it, so a cached answer is served only while nothing has changed.
 */
export const dataVersion = pgTable(
  'data_version',
  {
    id: integer('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
  },
  (t) => [check('data_version_single_row', sql`${t.id} = 1`)],
);

/**
 * A version per table, bumped by a statement-level trigger on every table the atlas reads (see
 * migration 0006): whoever writes — the API, a seed, psql — the table's version moves in the
 * writer's transaction. A cached answer records the tables it read and their versions, so a
 * project edit leaves the counties' and the zones' answers valid.
 */
export const tableVersions = pgTable('table_versions', {
  tableName: text('table_name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
