import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { Point } from 'geojson';
import { housingKind } from './enums';
import { geometry, geometryGuards } from './geometry';
import { geometryProvenanceColumns, provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { worksScheduleColumns } from './works-schedule';
import { zones } from './zones';

/** A village moved out of a zone (村庄迁并): where it was, where its households go, and the housing built. */
export const relocationSites = pgTable(
  'relocation_sites',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    villageName: text('village_name').notNull(),
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code),
    communityName: text('community_name').notNull(),
    households: integer('households').notNull(),
    unitsPlanned: integer('units_planned').notNull(),
    unitsStarted: integer('units_started').notNull().default(0),
    unitsCompleted: integer('units_completed').notNull().default(0),
    startedOn: date('started_on'),
    householdsMoved: integer('households_moved').notNull().default(0),
    origin: geometry<Point>('origin', 'Point').notNull(),
    destination: geometry<Point>('destination', 'Point').notNull(),
    ...worksScheduleColumns,
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('relocation_sites', t.origin),
    ...geometryGuards('relocation_sites', t.destination),
    check(
      'relocation_sites_units',
      sql`${t.households} >= 0 AND ${t.unitsPlanned} >= 0 AND ${t.unitsCompleted} BETWEEN 0 AND ${t.unitsStarted} AND ${t.unitsStarted} >= 0`,
    ),
    ...provenanceGuards('relocation_sites', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('relocation_sites', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);

/** Housing built for the move into town: resettlement (安置房) and public rental (公租房) units. */
export const housingProjects = pgTable(
  'housing_projects',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name').notNull(),
    kind: housingKind('kind').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    relocationSiteId: text('relocation_site_id').references(() => relocationSites.id, {
      onDelete: 'set null',
    }),
    unitsPlanned: integer('units_planned').notNull(),
    unitsStarted: integer('units_started').notNull().default(0),
    unitsCompleted: integer('units_completed').notNull().default(0),
    location: geometry<Point>('location', 'Point').notNull(),
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('housing_projects', t.location),
    check(
      'housing_projects_units',
      sql`${t.unitsPlanned} >= 0 AND ${t.unitsCompleted} BETWEEN 0 AND ${t.unitsStarted} AND ${t.unitsStarted} >= 0`,
    ),
    ...provenanceGuards('housing_projects', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('housing_projects', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);
