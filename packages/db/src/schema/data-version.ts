import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable } from 'drizzle-orm/pg-core';

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
