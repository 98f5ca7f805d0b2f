import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Point } from 'geojson';
import { clusters } from './clusters';
import { enterpriseRole, sourceKind } from './enums';
import { geometry, geometryGuards } from './geometry';
import { provenanceColumns, provenanceGuards, versionColumns } from './provenance';
import { zones } from './zones';

/** Anchor, leading, key and supporting enterprises. Zone and location are null where unverified. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name').notNull(),
    role: enterpriseRole('role').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    zoneSourceKind: sourceKind('zone_source_kind'),
    zoneSourceCitation: text('zone_source_citation'),
    location: geometry<Point>('location', 'Point'),
    ...provenanceColumns,
    ...versionColumns,
  },
  (t) => [
    ...geometryGuards('enterprises', t.location),
    ...provenanceGuards('enterprises', t.sourceKind, t.sourceCitation),
  ],
);

export const enterpriseClusters = pgTable(
  'enterprise_clusters',
  {
    enterpriseId: text('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    clusterCode: text('cluster_code')
      .notNull()
      .references(() => clusters.code, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.clusterCode] })],
);
