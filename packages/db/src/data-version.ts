import { sql } from 'drizzle-orm';
import type { AtlasDb } from './client';
import { selectRows } from './rows';

/** Marks the data as changed; call inside the writing transaction so readers never see a new version early. */
export async function bumpDataVersion(db: AtlasDb): Promise<number> {
  const [row] = await selectRows<{ version: number }>(
    db,
    sql`UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version::float8 AS version`,
  );
  if (!row) throw new Error('data_version has no row; run the migrations');
  return row.version;
}

/** The current data version: equal versions mean equal data. */
export async function readDataVersion(db: AtlasDb): Promise<number> {
  const [row] = await selectRows<{ version: number }>(
    db,
    sql`SELECT version::float8 AS version FROM data_version`,
  );
  return row?.version ?? 0;
}
