import { mkdir } from 'node:fs/promises';
import { createUser, listUsers, SYSTEM_ACTOR } from '@atlas/core';
import { openDatabase, prepareDatabase } from '@atlas/db';
import pino from 'pino';
import { readApiEnv } from '../env';
import { createAtlasServer } from '../http/server';
import { BENCH_USER } from './bench-user';

// The API as the benchmark runs it: its own process, its own database, logging only warnings.
const [target, port] = process.argv.slice(2) as [string, string];
const atlas = target.startsWith('postgres')
  ? await openDatabase({ kind: 'postgres', url: target }, { statementTimeoutMs: 10_000 })
  : await mkdir(target, { recursive: true }).then(() =>
      openDatabase({ kind: 'pglite', dataDir: target }, { statementTimeoutMs: 10_000 }),
    );
await prepareDatabase(atlas, { demo: true });
// The signed-in case of the benchmark signs in as this planner.
const ctx = { db: atlas.db, actor: SYSTEM_ACTOR };
if (!(await listUsers(ctx)).some((u) => u.username === BENCH_USER.username))
  await createUser(ctx, { ...BENCH_USER, displayName: 'bench planner', role: 'planner' });
const api = await createAtlasServer(
  atlas,
  readApiEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }),
  pino({ level: 'warn' }),
);
api.server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
