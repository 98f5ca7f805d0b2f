import { boolean, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { clusterTier } from './enums';
import { provenanceColumns, provenanceGuards } from './provenance';
import { zones } from './zones';

/** The plan's industrial clusters: two 千亿 leading, five 百亿 specialty. Revenue targets live in plan_targets. */
export const clusters = pgTable(
  'clusters',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull().unique(),
    nameEn: text('name_en').notNull(),
    tier: clusterTier('tier').notNull(),
    membersOpenEnded: boolean('members_open_ended').notNull().default(false),
    placeNote: text('place_note'),
    ...provenanceColumns,
  },
  (t) => provenanceGuards('clusters', t.sourceKind, t.sourceCitation),
);

/** Which zones a cluster rests on (many-to-many). */
export const clusterMemberships = pgTable(
  'cluster_memberships',
  {
    clusterCode: text('cluster_code')
      .notNull()
      .references(() => clusters.code, { onDelete: 'cascade' }),
    zoneCode: text('zone_code')
      .notNull()
      .references(() => zones.code, { onDelete: 'cascade' }),
    ...provenanceColumns,
  },
  (t) => [
    primaryKey({ columns: [t.clusterCode, t.zoneCode] }),
    ...provenanceGuards('cluster_memberships', t.sourceKind, t.sourceCitation),
  ],
);
