import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { projectNode, projectStatus, reportedWorksKind, reportStatus } from './enums';
import { projects } from './projects';
import { versionColumns } from './provenance';
import { zones } from './zones';

/** 万元 to two decimals: the unit zone offices report money in. */
const wan = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });

/**
 * One zone's monthly report (月报) for one month (`2014-09`). Only an ACCEPTED report's figures
 * count; each accepted month is kept, so a quarter can be scored from what was true at its end.
 * Zone-wide figures are the month's own (not cumulative), in 万元.
 */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: serial('id').primaryKey(),
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code),
    month: text('month').notNull(),
    status: reportStatus('status').notNull().default('DRAFT'),
    fixedAssetInvestmentWan: wan('fixed_asset_investment_wan'),
    mainBusinessRevenueWan: wan('main_business_revenue_wan'),
    note: text('note'),
    /** Generated demonstration reports (示例), never a zone's real figures; the screens mark them. */
    demo: boolean('demo').notNull().default(false),
    createdBy: text('created_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by'),
    returnReason: text('return_reason'),
    ...versionColumns,
  },
  (t) => [
    unique('monthly_reports_once').on(t.zoneCode, t.month),
    check('monthly_reports_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      'monthly_reports_money',
      sql`coalesce(${t.fixedAssetInvestmentWan}, 0) >= 0 AND coalesce(${t.mainBusinessRevenueWan}, 0) >= 0`,
    ),
    check(
      'monthly_reports_returned_has_reason',
      sql`${t.status} <> 'RETURNED' OR ${t.returnReason} IS NOT NULL`,
    ),
    index('monthly_reports_month_idx').on(t.month),
  ],
);

/** A project's line in a report: the month's completed investment, a status change, 形象进度. */
export const monthlyReportProjects = pgTable(
  'monthly_report_projects',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => monthlyReports.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    investmentWan: wan('investment_wan').notNull().default(0),
    status: projectStatus('status'),
    statusChangedOn: date('status_changed_on'),
    progressText: text('progress_text'),
    /** Why the cumulative investment may exceed the project's total, confirmed by the reporter. */
    overTotalReason: text('over_total_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.projectId] }),
    index('monthly_report_projects_project_idx').on(t.projectId),
    check('monthly_report_projects_money', sql`${t.investmentWan} >= 0`),
    check(
      'monthly_report_projects_status_dated',
      sql`(${t.status} IS NULL) = (${t.statusChangedOn} IS NULL)`,
    ),
  ],
);

/** A lifecycle node a report says was reached this month, with its date. */
export const monthlyReportNodes = pgTable(
  'monthly_report_nodes',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => monthlyReports.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    node: projectNode('node').notNull(),
    actualOn: date('actual_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.projectId, t.node] })],
);

/**
 * A works or relocation line: the state at the month's end of a road link, grid project, facility
 * or relocation site (progress %, units started and completed, households moved, start and finish).
 */
export const monthlyReportWorks = pgTable(
  'monthly_report_works',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => monthlyReports.id, { onDelete: 'cascade' }),
    kind: reportedWorksKind('kind').notNull(),
    entityId: text('entity_id').notNull(),
    progressPercent: real('progress_percent'),
    unitsStarted: integer('units_started'),
    unitsCompleted: integer('units_completed'),
    householdsMoved: integer('households_moved'),
    startedOn: date('started_on'),
    completedOn: date('completed_on'),
    progressText: text('progress_text'),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.kind, t.entityId] }),
    check(
      'monthly_report_works_ranges',
      sql`(${t.progressPercent} IS NULL OR ${t.progressPercent} BETWEEN 0 AND 100)
      AND coalesce(${t.unitsStarted}, 0) >= 0 AND coalesce(${t.unitsCompleted}, 0) >= 0
      AND coalesce(${t.householdsMoved}, 0) >= 0`,
    ),
  ],
);
