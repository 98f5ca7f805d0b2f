import { getTableName, is, sql, Table } from 'drizzle-orm';
import type { AtlasDb } from './client';
import { selectRows } from './rows';
import * as schema from './schema';

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

/** The data version and every table's own (see `tableVersions`), read in one statement. */
export interface DataVersions {
  readonly version: number;
  /** Table name → its version; a table not listed has never been written. */
  readonly tables: Readonly<Record<string, number>>;
}

export async function readDataVersions(db: AtlasDb): Promise<DataVersions> {
  const [row] = await selectRows<{ version: number | null; tables: Record<string, number | string> | null }>(
    db,
    sql`SELECT (SELECT version::float8 FROM data_version) AS version,
      (SELECT json_object_agg(table_name, version) FROM table_versions) AS tables`,
  );
  const tables: Record<string, number> = {};
  for (const [name, version] of Object.entries(row?.tables ?? {})) tables[name] = Number(version);
  return { version: row?.version ?? 0, tables };
}

/** Every table of the atlas's schema, by its SQL name. */
export const ATLAS_TABLES: ReadonlySet<string> = new Set(
  (Object.values(schema) as unknown[])
    .filter((value): value is Table => is(value, Table))
    .map((table) => getTableName(table)),
);
