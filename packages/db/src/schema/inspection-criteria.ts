import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { inspectionMeasure } from './enums';
import { provenanceColumns, provenanceGuards } from './provenance';

/**
 * A version of the scoring criteria. Sets are never edited: changing a weight adds a new version,
 * so a published ranking can name the version it was scored with.
 */
export const inspectionCriteriaSets = pgTable(
  'inspection_criteria_sets',
  {
    version: integer('version').primaryKey(),
    note: text('note').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    ...provenanceColumns,
  },
  (t) => [
    check('inspection_criteria_sets_version', sql`${t.version} >= 1`),
    ...provenanceGuards('inspection_criteria_sets', t.sourceKind, t.sourceCitation),
  ],
);

/** One criterion of a set: what is measured and how much it weighs. */
export const inspectionCriteria = pgTable(
  'inspection_criteria',
  {
    setVersion: integer('set_version')
      .notNull()
      .references(() => inspectionCriteriaSets.version, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    measure: inspectionMeasure('measure').notNull(),
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.setVersion, t.code] }),
    // One measure counted twice would weigh double under two names.
    unique('inspection_criteria_measure_once').on(t.setVersion, t.measure),
    check('inspection_criteria_weight', sql`${t.weight} > 0`),
  ],
);
