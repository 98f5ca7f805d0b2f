import type { SQL } from 'drizzle-orm';
import type { AtlasDb } from './client';

/**
 * Runs raw SQL and returns its rows. PGlite answers `{ rows }` and postgres.js an array; callers
 * should not care which.
 */
export async function selectRows<T>(db: AtlasDb, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
