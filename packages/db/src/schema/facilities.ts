import { sql } from 'drizzle-orm';
import { check, pgTable, real, text } from 'drizzle-orm/pg-core';
import type { Point } from 'geojson';
import { facilityKind, facilityLevel, worksStatus } from './enums';
import { geometry, geometryGuards } from './geometry';
import { geometryProvenanceColumns, provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { worksScheduleColumns } from './works-schedule';
import { zones } from './zones';

/** Sewage plants, quality-inspection centres, incubators, training bases, parks and other services. */
export const facilities = pgTable(
  'facilities',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name').notNull(),
    kind: facilityKind('kind').notNull(),
    level: facilityLevel('level'),
    zoneCode: text('zone_code').references(() => zones.code),
    status: worksStatus('status').notNull(),
    capacity: real('capacity'),
    capacityUnit: text('capacity_unit'),
    location: geometry<Point>('location', 'Point').notNull(),
    ...worksScheduleColumns,
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('facilities', t.location),
    check(
      'facilities_capacity',
      sql`${t.capacity} IS NULL OR (${t.capacity} > 0 AND ${t.capacityUnit} IS NOT NULL)`,
    ),
    ...provenanceGuards('facilities', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('facilities', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);
