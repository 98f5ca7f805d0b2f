import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import type { LineString, MultiLineString } from 'geojson';
import { geometry, geometryGuards } from './geometry';
import { provenanceColumns, provenanceGuards } from './provenance';

/** River reaches for the offline base map (WDBII via GMT). Names are null: the source has none. */
export const rivers = pgTable(
  'rivers',
  {
    id: serial('id').primaryKey(),
    name: text('name'),
    level: integer('level').notNull(),
    geometry: geometry<LineString | MultiLineString>('geometry', 'Geometry').notNull(),
    ...provenanceColumns,
  },
  (t) => [
    ...geometryGuards('rivers', t.geometry, ['LineString', 'MultiLineString']),
    ...provenanceGuards('rivers', t.sourceKind, t.sourceCitation),
  ],
);
