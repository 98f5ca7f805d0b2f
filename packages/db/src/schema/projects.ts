import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgTable, serial, text } from 'drizzle-orm/pg-core';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { clusters } from './clusters';
import { projectStatus } from './enums';
import { geometry, geometryGuards } from './geometry';
import { geometryProvenanceColumns, provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { zones } from './zones';

/** Major projects (重大项目): a site point or a land polygon, with investment in 亿元. */
export const projects = pgTable(
  'projects',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name').notNull(),
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code),
    clusterCode: text('cluster_code').references(() => clusters.code),
    investmentYi: numeric('investment_yi', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    status: projectStatus('status').notNull(),
    geometry: geometry<Point | Polygon | MultiPolygon>('geometry', 'Geometry').notNull(),
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('projects', t.geometry, ['Point', 'Polygon', 'MultiPolygon']),
    check('projects_investment_not_negative', sql`${t.investmentYi} >= 0`),
    index('projects_zone_idx').on(t.zoneCode),
    index('projects_cluster_idx').on(t.clusterCode),
    ...provenanceGuards('projects', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('projects', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);

/** Every status a project has passed, with the date it did. */
export const projectStatusChanges = pgTable(
  'project_status_changes',
  {
    id: serial('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    status: projectStatus('status').notNull(),
    changedOn: date('changed_on').notNull(),
    ...provenanceColumns,
  },
  (t) => [
    index('project_status_changes_project_idx').on(t.projectId),
    ...provenanceGuards('project_status_changes', t.sourceKind, t.sourceCitation),
  ],
);
