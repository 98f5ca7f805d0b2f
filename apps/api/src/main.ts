import { mkdir } from 'node:fs/promises';
import { openDatabase, prepareDatabase, readDbEnv, targetFromEnv } from '@atlas/db';
import pino from 'pino';
import { readApiEnv } from './env';
import { createAtlasServer } from './http/server';

// `pnpm start`: the database migrated and loaded with the plan, then the API on API_PORT.
const env = readApiEnv();
const dbEnv = readDbEnv();
const logger = pino({ level: env.LOG_LEVEL });
const target = targetFromEnv(dbEnv);
if (target.kind === 'pglite' && target.dataDir) await mkdir(target.dataDir, { recursive: true });
const atlas = await openDatabase(target, { statementTimeoutMs: 10_000 });
logger.info({ database: atlas.target, location: atlas.location }, 'database open');
const summary = await prepareDatabase(atlas, { demo: dbEnv.ATLAS_DEMO_DATA === 'on' });
logger.info(
  { seeded: summary.seeded, demo: dbEnv.ATLAS_DEMO_DATA },
  summary.seeded ? 'plan data loaded' : 'plan data already loaded',
);

const api = await createAtlasServer(atlas, env, logger);
api.server.listen(env.API_PORT, env.API_HOST, () => {
  const address = api.server.address();
  const port = typeof address === 'object' && address ? address.port : env.API_PORT;
  logger.info(
    `GraphQL API at http://${env.API_HOST}:${port}/graphql${env.graphiql ? ` · IDE at http://${env.API_HOST}:${port}/graphiql` : ''}`,
  );
});

async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  await api.stop();
  await atlas.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
