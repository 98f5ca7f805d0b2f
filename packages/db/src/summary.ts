import { sql } from 'drizzle-orm';
import type { AtlasDb } from './client';
import { selectRows } from './rows';

const COUNTED = [
  'counties',
  'zones',
  'clusters',
  'enterprises',
  'projects',
  'road_links',
  'grid_projects',
  'facilities',
  'relocation_sites',
  'housing_projects',
  'plan_targets',
  'progress_reports',
  'inspection_scores',
  'rivers',
] as const;

/** Rows per table and provenance kind, so a reader sees at once how much is plan, public, approximate or demo. */
export async function summarize(db: AtlasDb): Promise<Record<string, Record<string, number>>> {
  const parts = COUNTED.map(
    (t) => `SELECT '${t}' AS t, source_kind::text AS k, count(*)::int AS n FROM ${t} GROUP BY 2`,
  );
  const rows = await selectRows<{ t: string; k: string; n: number }>(db, sql.raw(parts.join(' UNION ALL ')));
  const table: Record<string, Record<string, number>> = Object.fromEntries(COUNTED.map((t) => [t, {}]));
  for (const { t, k, n } of rows) (table[t] as Record<string, number>)[k] = n;
  return table;
}
