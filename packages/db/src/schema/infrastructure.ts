import { sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, real, text } from 'drizzle-orm/pg-core';
import type { LineString, MultiLineString, Point } from 'geojson';
import { gridProjectKind, roadLinkKind, worksStatus } from './enums';
import { geometry, geometryGuards } from './geometry';
import { geometryProvenanceColumns, provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { worksScheduleColumns } from './works-schedule';
import { zones } from './zones';

/** 亿元 to four decimals: one 万元, the unit zones report in. */
const money = (name: string) => numeric(name, { precision: 14, scale: 4, mode: 'number' });

/** Road works linking zones to national and provincial roads (§二(四)3). */
export const roadLinks = pgTable(
  'road_links',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name').notNull(),
    kind: roadLinkKind('kind').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    investmentYi: money('investment_yi'),
    lengthKm: real('length_km').notNull(),
    geometry: geometry<LineString | MultiLineString>('geometry', 'Geometry').notNull(),
    ...worksScheduleColumns,
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('road_links', t.geometry, ['LineString', 'MultiLineString']),
    check('road_links_money', sql`${t.investmentYi} IS NULL OR ${t.investmentYi} >= 0`),
    check('road_links_length', sql`${t.lengthKm} > 0`),
    ...provenanceGuards('road_links', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('road_links', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);

/** Power-grid projects of ≥ 110 kV: substations (points) and lines. */
export const gridProjects = pgTable(
  'grid_projects',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name').notNull(),
    kind: gridProjectKind('kind').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    voltageKv: integer('voltage_kv').notNull(),
    transformerKva: integer('transformer_kva'),
    lengthKm: real('length_km'),
    investmentYi: money('investment_yi').notNull(),
    status: worksStatus('status').notNull(),
    geometry: geometry<Point | LineString | MultiLineString>('geometry', 'Geometry').notNull(),
    ...worksScheduleColumns,
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('grid_projects', t.geometry, ['Point', 'LineString', 'MultiLineString']),
    check('grid_projects_voltage', sql`${t.voltageKv} > 0`),
    check('grid_projects_money', sql`${t.investmentYi} >= 0`),
    check(
      'grid_projects_shape_matches_kind',
      sql`(${t.kind} = 'SUBSTATION') = (GeometryType(${t.geometry}) = 'POINT')`,
    ),
    ...provenanceGuards('grid_projects', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('grid_projects', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);
