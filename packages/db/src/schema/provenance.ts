import { sql } from 'drizzle-orm';
import { check, integer, type PgColumn, text, timestamp } from 'drizzle-orm/pg-core';
import { sourceKind } from './enums';

/** Where a record came from: every table carries these two columns. */
export const provenanceColumns = {
  sourceKind: sourceKind('source_kind').notNull(),
  sourceCitation: text('source_citation').notNull(),
};

/** Where a record's geometry came from, when that differs from the record (a plan fact drawn approximately). */
export const geometryProvenanceColumns = {
  geometrySourceKind: sourceKind('geometry_source_kind').notNull(),
  geometrySourceCitation: text('geometry_source_citation').notNull(),
};

/** Optimistic concurrency: writers send the version they read and every write bumps it. */
export const versionColumns = {
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A citation must say something, and a plan citation must point at a § of the plan. */
export function provenanceGuards(table: string, kind: PgColumn, citation: PgColumn) {
  return [
    check(`${table}_${citation.name}_present`, sql`length(trim(${citation})) > 0`),
    check(`${table}_${citation.name}_plan_section`, sql`${kind} <> 'PLAN_TEXT' OR ${citation} LIKE '%§%'`),
  ];
}
