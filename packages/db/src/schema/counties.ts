import { pgTable, text } from 'drizzle-orm/pg-core';
import type { MultiPolygon, Point } from 'geojson';
import { geometry, geometryGuards } from './geometry';
import { geometryProvenanceColumns, provenanceColumns, provenanceGuards } from './provenance';

/** Zhoukou's ten county-level divisions (2014 codes). */
export const counties = pgTable(
  'counties',
  {
    adcode: text('adcode').primaryKey(),
    name: text('name').notNull().unique(),
    nameEn: text('name_en').notNull(),
    seatName: text('seat_name').notNull(),
    seat: geometry<Point>('seat', 'Point').notNull(),
    boundary: geometry<MultiPolygon>('boundary', 'MultiPolygon').notNull(),
    ...provenanceColumns,
    ...geometryProvenanceColumns,
  },
  (t) => [
    ...geometryGuards('counties', t.seat),
    ...geometryGuards('counties', t.boundary),
    ...provenanceGuards('counties', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('counties', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);
