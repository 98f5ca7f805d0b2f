import { mkdir } from 'node:fs/promises';
import { openDatabase, prepareDatabase } from '@atlas/db';
import pino from 'pino';
import { readApiEnv } from '../env';
import { createAtlasServer } from '../http/server';

// The API as the benchmark runs it: its own process, its own database, logging only warnings.
const [target, port] = process.argv.slice(2) as [string, string];
const atlas = target.startsWith('postgres')
  ? await openDatabase({ kind: 'postgres', url: target }, { statementTimeoutMs: 10_000 })
  : await mkdir(target, { recursive: true }).then(() =>
      openDatabase({ kind: 'pglite', dataDir: target }, { statementTimeoutMs: 10_000 }),
    );
await prepareDatabase(atlas, { demo: true });
const api = await createAtlasServer(
  atlas,
  readApiEnv({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }),
  pino({ level: 'warn' }),
);
api.server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
