import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath; the domain sees only this. */
export type AtlasDb = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; max?: number };

export interface OpenOptions {
  /** Called with every SQL statement drizzle sends: for logs, and for tests that count statements. */
  onQuery?: (query: string) => void;
  /** Longest a statement may run before the database cancels it. */
  statementTimeoutMs?: number;
}

export interface AtlasDatabase {
  readonly db: AtlasDb;
  readonly target: DatabaseTarget['kind'];
  /** Where the data lives, for log lines: a directory, "memory", or the server (no password). */
  readonly location: string;
  /** The raw PGlite instance when embedded (to dump a test template), else null. */
  readonly pglite: PGlite | null;
  close(): Promise<void>;
}

/**
 * Opens the embedded PGlite + PostGIS database or a PostgreSQL + PostGIS server: one client for
 * both, so the same migrations, seed and domain code run on either.
 *
 * @example
 * const atlas = await openDatabase({ kind: 'pglite', dataDir: '.data/pglite' });
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<AtlasDatabase> {
  return target.kind === 'pglite' ? openPglite(target, options) : openPostgres(target, options);
}

const loggerFor = (options: OpenOptions) =>
  options.onQuery ? { logger: { logQuery: (query: string) => options.onQuery?.(query) } } : {};

async function openPglite(
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: OpenOptions,
): Promise<AtlasDatabase> {
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    extensions: { postgis },
  });
  if (options.statementTimeoutMs)
    await pglite.exec(`SET statement_timeout = ${Math.round(options.statementTimeoutMs)}`);
  return {
    db: drizzlePglite(pglite, { schema, ...loggerFor(options) }) as unknown as AtlasDb,
    target: 'pglite',
    location: target.dataDir ?? 'memory',
    pglite,
    close: () => pglite.close(),
  };
}

async function openPostgres(
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: OpenOptions,
): Promise<AtlasDatabase> {
  const client = postgres(target.url, {
    max: target.max ?? 10,
    // Notices such as "extension postgis already exists" are expected on every migrate.
    onnotice: () => {},
    ...(options.statementTimeoutMs
      ? { connection: { statement_timeout: Math.round(options.statementTimeoutMs) } }
      : {}),
  });
  const url = new URL(target.url);
  return {
    db: drizzlePostgres(client, { schema, ...loggerFor(options) }) as unknown as AtlasDb,
    target: 'postgres',
    location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
    pglite: null,
    close: () => client.end({ timeout: 5 }),
  };
}

/** The target the environment asks for: PostgreSQL when DATABASE_URL is set, else PGlite in ATLAS_DATA_DIR. */
export function targetFromEnv(env: {
  DATABASE_URL?: string | undefined;
  ATLAS_DATA_DIR: string;
}): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: env.ATLAS_DATA_DIR };
}
