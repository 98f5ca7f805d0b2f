import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import * as schema from './schema';
import { writeFirst } from './write-first';

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
  /**
   * A lock the caller already holds on the PGlite data directory (a restore swapping the
   * directory): the database then neither takes nor releases one of its own.
   */
  dataDirLock?: DataDirLock;
}

export interface PoolUsage {
  readonly max: number;
  readonly inUse: number;
  readonly waiting: number;
}

export interface AtlasDatabase {
  readonly db: AtlasDb;
  readonly target: DatabaseTarget['kind'];
  /** Where the data lives, for log lines: a directory, "memory", or the server (no password). */
  readonly location: string;
  /** The raw PGlite instance when embedded (to dump a test template), else null. */
  readonly pglite: PGlite | null;
  /** Connections in use and work waiting for one, for metrics; null for PGlite, which has one. */
  readonly pool: (() => PoolUsage) | null;
  /**
   * Asks the database to answer `SELECT 1` on a connection of its own, outside the pool, so the
   * answer is not held behind queued work while the server is away. Rejects when it cannot.
   */
  ping(): Promise<void>;
  /**
   * Hears every statement sent from now on (the API learns which tables an answer read); returns
   * the way to stop.
   */
  observeQueries(listener: (query: string) => void): () => void;
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

/** Who hears of each statement: the opener's `onQuery`, and whoever asked later (`observeQueries`). */
function queryListeners(options: OpenOptions) {
  const listeners = new Set<(query: string) => void>();
  if (options.onQuery) listeners.add(options.onQuery);
  return {
    logger: {
      logQuery: (query: string) => {
        for (const listener of listeners) listener(query);
      },
    },
    observe: (listener: (query: string) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

async function openPglite(
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: OpenOptions,
): Promise<AtlasDatabase> {
  // Two processes on one directory each write its files blind to the other and lose writes, so a
  // directory is opened under a lock file; memory needs none.
  const lock = target.dataDir && !options.dataDirLock ? await acquireDataDirLock(target.dataDir) : null;
  try {
    const pglite = await PGlite.create({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      extensions: { postgis },
    });
    if (options.statementTimeoutMs)
      await pglite.exec(`SET statement_timeout = ${Math.round(options.statementTimeoutMs)}`);
    const queries = queryListeners(options);
    return {
      db: drizzlePglite(writeFirst(pglite), { schema, logger: queries.logger }) as unknown as AtlasDb,
      observeQueries: queries.observe,
      target: 'pglite',
      location: target.dataDir ?? 'memory',
      pglite,
      pool: null,
      ping: async () => {
        await pglite.query('SELECT 1');
      },
      close: async () => {
        try {
          await pglite.close();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (e) {
    await lock?.release();
    throw e;
  }
}

/**
 * How the PostgreSQL pool behaves when the server goes away: connect attempts give up after
 * 2 s and retry after a short, jittered pause (postgres.js would otherwise back off, for every
 * connection at once, up to 20 s, and queries would wait out that back-off); idle connections close
 * after 30 s and every connection is replaced within 30 min, so a restarted server's new settings
 * and a failover's new address are picked up.
 */
export const POSTGRES_POOL = {
  max: 10,
  connectTimeoutSeconds: 2,
  idleTimeoutSeconds: 30,
  maxLifetimeSeconds: 30 * 60,
  reconnectPauseSeconds: () => 0.1 + Math.random() * 0.15,
  keepAliveSeconds: 30,
} as const;

async function openPostgres(
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: OpenOptions,
): Promise<AtlasDatabase> {
  const max = target.max ?? POSTGRES_POOL.max;
  const client = postgres(target.url, {
    max,
    connect_timeout: POSTGRES_POOL.connectTimeoutSeconds,
    idle_timeout: POSTGRES_POOL.idleTimeoutSeconds,
    max_lifetime: POSTGRES_POOL.maxLifetimeSeconds,
    backoff: POSTGRES_POOL.reconnectPauseSeconds,
    keep_alive: POSTGRES_POOL.keepAliveSeconds,
    // Notices such as "extension postgis already exists" are expected on every migrate.
    onnotice: () => {},
    ...(options.statementTimeoutMs
      ? {
          connection: {
            statement_timeout: Math.round(options.statementTimeoutMs),
            // A transaction left open by a request that died must not hold its locks for long.
            idle_in_transaction_session_timeout: Math.round(options.statementTimeoutMs),
          },
        }
      : {}),
  });
  const usage = countedPool(client, max);
  const pinger = separatePinger(target.url);
  const url = new URL(target.url);
  const queries = queryListeners(options);
  return {
    db: drizzlePostgres(usage.client, { schema, logger: queries.logger }) as unknown as AtlasDb,
    observeQueries: queries.observe,
    target: 'postgres',
    location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
    pglite: null,
    pool: usage.pool,
    ping: () => pinger.ping(),
    close: async () => {
      await pinger.close();
      await client.end({ timeout: 5 });
    },
  };
}

/** One connection apart from the pool, opened at the first ping, that fails at once rather than waits. */
function separatePinger(url: string): { ping(): Promise<void>; close(): Promise<void> } {
  let client: postgres.Sql | null = null;
  return {
    async ping() {
      client ??= postgres(url, {
        max: 1,
        connect_timeout: 1,
        idle_timeout: POSTGRES_POOL.idleTimeoutSeconds,
        backoff: () => 0,
        onnotice: () => {},
      });
      await client`SELECT 1`;
    },
    close: async () => {
      await client?.end({ timeout: 1 });
    },
  };
}

/**
 * postgres.js keeps its pool's counts to itself, so they are counted at the two doors drizzle
 * uses: `unsafe` (one statement) and `begin` (a transaction, holding a connection throughout).
 * Work beyond `max` waits for a connection.
 */
function countedPool(client: postgres.Sql, max: number): { client: postgres.Sql; pool: () => PoolUsage } {
  let busy = 0;
  const counted =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      busy += 1;
      const result = run(...args) as R & PromiseLike<unknown>;
      const done = () => {
        busy -= 1;
      };
      Promise.resolve(result).then(done, done);
      return result;
    };
  const wrapped = new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') return counted(target.unsafe.bind(target));
      if (property === 'begin') return counted(target.begin.bind(target));
      return Reflect.get(target, property, receiver);
    },
  });
  return {
    client: wrapped,
    pool: () => ({ max, inUse: Math.min(busy, max), waiting: Math.max(0, busy - max) }),
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
