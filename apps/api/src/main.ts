import { mkdir } from 'node:fs/promises';
import { type DemoAccount, ensureDemoAccounts } from '@atlas/core';
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

if (dbEnv.ATLAS_DEMO_DATA === 'on') printDemoAccounts(await ensureDemoAccounts(atlas.db));

const api = await createAtlasServer(atlas, env, logger);
api.server.listen(env.API_PORT, env.API_HOST, () => {
  const address = api.server.address();
  const port = typeof address === 'object' && address ? address.port : env.API_PORT;
  logger.info(
    `GraphQL API at http://${env.API_HOST}:${port}/graphql${env.graphiql ? ` · IDE at http://${env.API_HOST}:${port}/graphiql` : ''}`,
  );
});

/**
 * The demo accounts' passwords, shown this once on standard output, never through the logger: logs
 * are kept and shipped, and a password must not be.
 */
function printDemoAccounts(accounts: readonly DemoAccount[]): void {
  if (accounts.length === 0) return;
  const lines = accounts.map((a) => `  ${a.username.padEnd(24)} ${a.role.padEnd(14)} ${a.password}`);
  process.stdout.write(
    [
      '',
      '示例账号(仅显示这一次,请记下)/ Demo accounts (shown only this once; note them down):',
      ...lines,
      '  Reset one with: pnpm atlas users reset-password <username>',
      '',
    ].join('\n'),
  );
}

/** Longest a clean shutdown may take before the process leaves anyway. */
const SHUTDOWN_MS = 10_000;
let stopping = false;

/**
 * Stops serving and closes the database (releasing the embedded one's lock). A terminal's Ctrl-C
 * reaches this process twice (from the terminal and relayed by tsx), so signals after the first
 * are ignored rather than allowed to kill it halfway.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  setTimeout(() => process.exit(1), SHUTDOWN_MS).unref();
  await api.stop();
  await atlas.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
