import { mkdir } from 'node:fs/promises';
import { AtlasError } from '@atlas/core';
import { DataDirLockedError, openDatabase, prepareDatabase, readDbEnv, targetFromEnv } from '@atlas/db';
import { USERS_USAGE, UsageError, usersCommand } from './users-command';

/**
 * `pnpm atlas <area> …`: administration from the command line. The database is brought up to date
 * first and the plan loaded if it is empty, exactly as `pnpm start` would (an account's zone must
 * exist), so it works on a fresh machine before the first start; the embedded database is opened
 * under its directory's lock, so it refuses while a server holds it.
 */
const [area, ...args] = process.argv.slice(2);
if (area !== 'users') {
  console.error(`usage:\n${USERS_USAGE}`);
  process.exit(2);
}

/** Prints a mistake the way the command line words it and gives its exit code; anything else is a bug. */
function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`${error.message}\nusage:\n${USERS_USAGE}`);
    return 2;
  }
  if (error instanceof AtlasError) {
    console.error(error.message);
    return 1;
  }
  throw error;
}

// The arguments and the password are checked before the database opens.
const job = await usersCommand(args).catch((error: unknown) => process.exit(exitCodeFor(error)));
const env = readDbEnv();
const target = targetFromEnv(env);
if (target.kind === 'pglite' && target.dataDir) await mkdir(target.dataDir, { recursive: true });
const atlas = await openDatabase(target).catch((error: unknown) => {
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  process.exit(1);
});
let exitCode = 0;
try {
  const { seeded } = await prepareDatabase(atlas, { demo: env.ATLAS_DEMO_DATA === 'on' });
  if (seeded) console.error(`plan data loaded (demo data ${env.ATLAS_DEMO_DATA})`);
  await job(atlas.db);
} catch (error) {
  exitCode = exitCodeFor(error);
} finally {
  await atlas.close();
}
process.exit(exitCode);
