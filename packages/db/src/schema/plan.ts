import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  serial,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { clusters } from './clusters';
import { comparator, targetScope, unit } from './enums';
import { provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { zones } from './zones';

/** A quantified target: a metric for a scope (the ten zones, one zone, one cluster) and a year. */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: serial('id').primaryKey(),
    metric: text('metric').notNull(),
    scope: targetScope('scope').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    clusterCode: text('cluster_code').references(() => clusters.code),
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
    valueMax: doublePrecision('value_max'),
    unit: unit('unit').notNull(),
    comparator: comparator('comparator').notNull(),
    strive: boolean('strive').notNull().default(false),
    quote: text('quote').notNull(),
    ...provenanceColumns,
  },
  (t) => [
    unique('plan_targets_metric_scope_year')
      .on(t.metric, t.scope, t.zoneCode, t.clusterCode, t.year)
      .nullsNotDistinct(),
    check(
      'plan_targets_scope_matches',
      sql`(${t.scope} = 'ALL_ZONES' AND ${t.zoneCode} IS NULL AND ${t.clusterCode} IS NULL)
       OR (${t.scope} = 'ZONE' AND ${t.zoneCode} IS NOT NULL AND ${t.clusterCode} IS NULL)
       OR (${t.scope} = 'CLUSTER' AND ${t.clusterCode} IS NOT NULL AND ${t.zoneCode} IS NULL)`,
    ),
    check('plan_targets_range', sql`${t.valueMax} IS NULL OR ${t.valueMax} >= ${t.value}`),
    ...provenanceGuards('plan_targets', t.sourceKind, t.sourceCitation),
  ],
);

/** Thresholds the plan classifies by (a major project is ≥ 1 亿元, land over 600 亩 is planned whole …). */
export const planRules = pgTable(
  'plan_rules',
  {
    code: text('code').primaryKey(),
    description: text('description').notNull(),
    value: doublePrecision('value').notNull(),
    unit: unit('unit').notNull(),
    comparator: comparator('comparator').notNull(),
    quote: text('quote').notNull(),
    ...provenanceColumns,
  },
  (t) => provenanceGuards('plan_rules', t.sourceKind, t.sourceCitation),
);

/** A reported figure for a period such as 2014Q3, for a zone or a cluster. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: serial('id').primaryKey(),
    period: text('period').notNull(),
    metric: text('metric').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    clusterCode: text('cluster_code').references(() => clusters.code),
    value: doublePrecision('value').notNull(),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => [
    unique('progress_reports_once').on(t.period, t.metric, t.zoneCode, t.clusterCode).nullsNotDistinct(),
    check('progress_reports_period', sql`${t.period} ~ '^[0-9]{4}(Q[1-4]|M(0[1-9]|1[0-2]))?$'`),
    index('progress_reports_period_idx').on(t.period),
    ...provenanceGuards('progress_reports', t.sourceKind, t.sourceCitation),
  ],
);
