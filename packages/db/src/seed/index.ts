import { generateDemoData } from '@atlas/data';
import { sql } from 'drizzle-orm';
import type { AtlasDatabase } from '../client';
import { bumpDataVersion } from '../data-version';
import { selectRows } from '../rows';
import { seedDemo } from './demo';
import { seedCounties, seedRivers } from './geodata';
import { seedInspectionCriteria } from './inspection-criteria';
import { seedClusters, seedEnterprises, seedSewagePlants, seedTargetsAndRules, seedZones } from './plan';

export interface SeedOptions {
  /** Include the generated 示例 demo records (ATLAS_DEMO_DATA). */
  readonly demo: boolean;
}

/**
 * Every table the seed owns; the audit log and published inspection rankings are history and are
 * never reset.
 */
const SEEDED_TABLES = [
  'counties',
  'zones',
  'zone_star_levels',
  'clusters',
  'cluster_memberships',
  'enterprises',
  'enterprise_clusters',
  'projects',
  'project_status_changes',
  'road_links',
  'grid_projects',
  'facilities',
  'relocation_sites',
  'housing_projects',
  'plan_targets',
  'plan_rules',
  'progress_reports',
  'inspection_rules',
  'inspection_rounds',
  'inspection_scores',
  'inspection_criteria_sets',
  'inspection_criteria',
  'rivers',
];

/**
 * Replaces the seeded data with the plan's facts, geodata and (optionally) demo records, in one
 * transaction: seeding twice leaves the same rows, ids included.
 */
export async function seed(atlas: AtlasDatabase, options: SeedOptions): Promise<void> {
  const demo = options.demo ? generateDemoData() : null;
  await atlas.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`TRUNCATE ${SEEDED_TABLES.join(', ')} RESTART IDENTITY CASCADE`));
    await seedCounties(tx);
    await seedRivers(tx);
    await seedZones(tx);
    await seedClusters(tx);
    await seedEnterprises(tx);
    await seedTargetsAndRules(tx);
    await seedSewagePlants(tx);
    await seedInspectionCriteria(tx);
    if (demo) await seedDemo(tx, demo);
    await bumpDataVersion(tx);
  });
}

/** True when the plan has been loaded (the start command seeds only an empty database). */
export async function isSeeded(atlas: AtlasDatabase): Promise<boolean> {
  const [row] = await selectRows<{ n: number }>(atlas.db, sql`SELECT count(*)::int AS n FROM zones`);
  return (row?.n ?? 0) > 0;
}
