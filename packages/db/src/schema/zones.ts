import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, real, text } from 'drizzle-orm/pg-core';
import type { MultiPolygon, Point } from 'geojson';
import { counties } from './counties';
import { starAim, starLevel } from './enums';
import { geometry, geometryGuards } from './geometry';
import { geometryProvenanceColumns, provenanceColumns, provenanceGuards, versionColumns } from './provenance';

/** The ten 产业集聚区. `starLevel` is the level in force; the history is in zone_star_levels. */
export const zones = pgTable(
  'zones',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull().unique(),
    nameEn: text('name_en').notNull(),
    countyAdcode: text('county_adcode')
      .notNull()
      .references(() => counties.adcode),
    starLevel: starLevel('star_level').notNull(),
    plannedAreaKm2: real('planned_area_km2'),
    footprint: geometry<MultiPolygon>('footprint', 'MultiPolygon').notNull(),
    seat: geometry<Point>('seat', 'Point').notNull(),
    ...provenanceColumns,
    ...geometryProvenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('zones', t.footprint),
    ...geometryGuards('zones', t.seat),
    ...provenanceGuards('zones', t.sourceKind, t.sourceCitation),
    ...provenanceGuards('zones', t.geometrySourceKind, t.geometrySourceCitation),
  ],
);

/** A zone's level by year, with the year's aim where the plan states one. */
export const zoneStarLevels = pgTable(
  'zone_star_levels',
  {
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    level: starLevel('level').notNull(),
    aim: starAim('aim'),
    aimStrive: boolean('aim_strive').notNull().default(false),
    ...provenanceColumns,
  },
  (t) => [
    primaryKey({ columns: [t.zoneCode, t.year] }),
    check('zone_star_levels_year', sql`${t.year} BETWEEN 2000 AND 2100`),
    ...provenanceGuards('zone_star_levels', t.sourceKind, t.sourceCitation),
  ],
);
