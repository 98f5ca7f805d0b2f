import { generateDemoData } from '@atlas/data';
import { sql } from 'drizzle-orm';
import type { AtlasDatabase, AtlasDb } from '../client';
import { bumpDataVersion } from '../data-version';
import { selectRows } from '../rows';
import { seedDemo } from './demo';
import { seedCounties, seedRivers } from './geodata';
import { seedInspectionCriteria } from './inspection-criteria';
import { seedDemoLedger, seedDemoWorksSchedules } from './ledger';
import { seedDemoMonthlyReports } from './monthly-reports';
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
  'monthly_reports',
  'project_annual_plans',
  'project_responsibles',
  'project_nodes',
  'project_problems',
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
    await keepAccounts(tx);
    await tx.execute(sql.raw(`TRUNCATE ${SEEDED_TABLES.join(', ')} RESTART IDENTITY CASCADE`));
    await seedCounties(tx);
    await seedRivers(tx);
    await seedZones(tx);
    await restoreAccounts(tx);
    await seedClusters(tx);
    await seedEnterprises(tx);
    await seedTargetsAndRules(tx);
    await seedSewagePlants(tx);
    await seedInspectionCriteria(tx);
    if (demo) await seedDemo(tx, demo);
    if (demo) await seedDemoLedger(tx, demo);
    if (demo) await seedDemoWorksSchedules(tx, demo);
    if (demo) await seedDemoMonthlyReports(tx, demo);
    await bumpDataVersion(tx);
  });
}

/** The accounts tables, in the order they are put back: each row's user must exist first. */
const ACCOUNT_TABLES = ['users', 'sessions', 'access_tokens'] as const;

/**
 * Accounts are not plan data, but a reporter's account points at its zone, so truncating the zones
 * cascades into them: they are copied aside first and put back once the zones are, keeping
 * everyone's sign-in, sessions and tokens across a reseed (a zone that no longer exists drops its
 * reporters).
 */
async function keepAccounts(tx: AtlasDb): Promise<void> {
  for (const table of ACCOUNT_TABLES)
    await tx.execute(sql.raw(`CREATE TEMP TABLE kept_${table} ON COMMIT DROP AS SELECT * FROM ${table}`));
}

async function restoreAccounts(tx: AtlasDb): Promise<void> {
  await tx.execute(
    sql.raw(
      'INSERT INTO users SELECT * FROM kept_users WHERE zone_code IS NULL OR zone_code IN (SELECT code FROM zones)',
    ),
  );
  await tx.execute(
    sql.raw('INSERT INTO sessions SELECT * FROM kept_sessions WHERE user_id IN (SELECT id FROM users)'),
  );
  await tx.execute(
    sql.raw(
      'INSERT INTO access_tokens SELECT * FROM kept_access_tokens WHERE user_id IN (SELECT id FROM users)',
    ),
  );
  for (const table of ['users', 'access_tokens'])
    await tx.execute(
      sql.raw(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
      ),
    );
}

/** True when the plan has been loaded (the start command seeds only an empty database). */
export async function isSeeded(atlas: AtlasDatabase): Promise<boolean> {
  const [row] = await selectRows<{ n: number }>(atlas.db, sql`SELECT count(*)::int AS n FROM zones`);
  return (row?.n ?? 0) > 0;
}
