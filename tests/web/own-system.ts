import type { AddressInfo } from 'node:net';
import { createAtlasServer, readApiEnv } from '@atlas/api';
import { openDatabase, prepareDatabase } from '@atlas/db';
import pino from 'pino';
import { startMapServer } from './map-server';

/** A system a benchmark measures: its map's URL, what it is, and how to stop it. */
export interface System {
  readonly url: string;
  readonly description: string;
  stop(): Promise<void>;
}

/**
 * The system as `pnpm start` serves it, on a fresh seeded in-memory database of its own, for the
 * benchmarks, which run outside vitest (whose test-database template they cannot use).
 */
export async function startOwnSystem(): Promise<System> {
  const atlas = await openDatabase({ kind: 'pglite' }, { statementTimeoutMs: 10_000 });
  await prepareDatabase(atlas, { demo: true });
  const api = await createAtlasServer(
    atlas,
    readApiEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }),
    pino({ level: 'warn' }),
  );
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const web = await startMapServer(apiUrl);
  return {
    url: web.url,
    description: 'started here: API on a fresh seeded in-memory PGlite + next start',
    async stop() {
      web.stop();
      await api.stop();
      await atlas.close();
    },
  };
}
