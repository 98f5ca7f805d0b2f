import { mkdir } from 'node:fs/promises';
import { type AtlasDatabase, openDatabase, targetFromEnv } from '../client';
import { DataDirLockedError } from '../data-dir-lock';
import { type DbEnv, readDbEnv } from '../env';

/** Opens the database the environment names, creating the embedded data directory if needed. */
export async function openFromEnv(): Promise<{ atlas: AtlasDatabase; env: DbEnv }> {
  const env = readDbEnv();
  const target = targetFromEnv(env);
  if (target.kind === 'pglite' && target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const started = Date.now();
  const atlas = await openDatabase(target).catch((e: unknown) => {
    // Another process holds the embedded database: say who, without a stack trace.
    if (!(e instanceof DataDirLockedError)) throw e;
    console.error(e.message);
    process.exit(1);
  });
  console.log(`database: ${atlas.target} at ${atlas.location} (opened in ${Date.now() - started} ms)`);
  return { atlas, env };
}

/** Runs a command against the database and always closes it, so the process can exit. */
export async function withDatabase(run: (atlas: AtlasDatabase, env: DbEnv) => Promise<void>): Promise<void> {
  const { atlas, env } = await openFromEnv();
  try {
    await run(atlas, env);
  } finally {
    await atlas.close();
  }
}
