import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { inspectionKind } from './enums';
import { provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { zones } from './zones';

/** The plan's inspection rhythm and the consequences of a rank (§三(五)). */
export const inspectionRules = pgTable(
  'inspection_rules',
  {
    kind: inspectionKind('kind').primaryKey(),
    name: text('name').notNull(),
    ranks: boolean('ranks').notNull(),
    topCount: integer('top_count').notNull(),
    topConsequence: text('top_consequence'),
    bottomCount: integer('bottom_count').notNull(),
    bottomConsequence: text('bottom_consequence'),
    quote: text('quote').notNull(),
    ...provenanceColumns,
  },
  (t) => provenanceGuards('inspection_rules', t.sourceKind, t.sourceCitation),
);

/** One inspection: a quarterly 季观摩 or the year-end 年终总观摩. */
export const inspectionRounds = pgTable(
  'inspection_rounds',
  {
    id: text('id').primaryKey(),
    period: text('period').notNull().unique(),
    kind: inspectionKind('kind').notNull(),
    heldOn: date('held_on'),
    ...provenanceColumns,
  },
  (t) => provenanceGuards('inspection_rounds', t.sourceKind, t.sourceCitation),
);

/** A zone's score at one inspection round, out of 100. */
export const inspectionScores = pgTable(
  'inspection_scores',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => inspectionRounds.id, { onDelete: 'cascade' }),
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code),
    score: doublePrecision('score').notNull(),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.zoneCode] }),
    check('inspection_scores_range', sql`${t.score} BETWEEN 0 AND 100`),
    ...provenanceGuards('inspection_scores', t.sourceKind, t.sourceCitation),
  ],
);
