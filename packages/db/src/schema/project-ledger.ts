import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { leaderBody, problemStatus, projectNode } from './enums';
import { projects } from './projects';
import { provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { zones } from './zones';

/** 年度计划投资: what a project plans to invest in a year, in 万元. */
export const projectAnnualPlans = pgTable(
  'project_annual_plans',
  {
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    plannedWan: numeric('planned_wan', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.year] }),
    check('project_annual_plans_money', sql`${t.plannedWan} >= 0`),
    ...provenanceGuards('project_annual_plans', t.sourceKind, t.sourceCitation),
  ],
);

/**
 * Who answers for a project: 一个项目、一个领导、一套班子、一抓到底 (§三(三)), the leader of one of
 * the four bodies who took it (分包项目, §三(四)), and the unit that does the work.
 */
export const projectResponsibles = pgTable(
  'project_responsibles',
  {
    projectId: text('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title'),
    leaderBody: leaderBody('leader_body'),
    responsibleUnit: text('responsible_unit').notNull(),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => provenanceGuards('project_responsibles', t.sourceKind, t.sourceCitation),
);

/** A lifecycle node's planned date and, once reached, its actual one; past planned and unreached is overdue. */
export const projectNodes = pgTable(
  'project_nodes',
  {
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    node: projectNode('node').notNull(),
    plannedOn: date('planned_on'),
    actualOn: date('actual_on'),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.node] }),
    ...provenanceGuards('project_nodes', t.sourceKind, t.sourceCitation),
  ],
);

/** 问题台账: a problem blocking a project, the unit that must act and by when, followed to closure (督办). */
export const projectProblems = pgTable(
  'project_problems',
  {
    id: serial('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code),
    description: text('description').notNull(),
    responsibleUnit: text('responsible_unit').notNull(),
    dueOn: date('due_on').notNull(),
    status: problemStatus('status').notNull().default('OPEN'),
    raisedBy: text('raised_by').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    assignedBy: text('assigned_by'),
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closingNote: text('closing_note'),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => [
    index('project_problems_project_idx').on(t.projectId),
    index('project_problems_zone_idx').on(t.zoneCode),
    check(
      'project_problems_closed_has_note',
      sql`${t.status} <> 'CLOSED' OR (${t.closingNote} IS NOT NULL AND ${t.closedAt} IS NOT NULL)`,
    ),
    ...provenanceGuards('project_problems', t.sourceKind, t.sourceCitation),
  ],
);
