import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A published inspection ranking, frozen: the whole ranking as it stood (scores, criterion values,
 * weights, ranks, movement, consequences) is kept, so later edits to the data cannot change it.
 * Re-publishing a period adds the next version beside the earlier ones. Like the audit log this is
 * history: the seed never resets it, and it names its criteria version without a foreign key so a
 * reseed cannot cascade into it.
 */
export const inspectionRankingPublications = pgTable(
  'inspection_ranking_publications',
  {
    period: text('period').notNull(),
    version: integer('version').notNull(),
    criteriaVersion: integer('criteria_version').notNull(),
    note: text('note').notNull(),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    ranking: jsonb('ranking').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.period, t.version] }),
    check('inspection_ranking_publications_version', sql`${t.version} >= 1`),
  ],
);
