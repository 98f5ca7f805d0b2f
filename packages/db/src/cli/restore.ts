import { resolve } from 'node:path';
import { BackupError, restoreDatabase } from '../backup';
import { targetFromEnv } from '../client';
import { readDbEnv } from '../env';

// `pnpm db:restore <file> [--force]`: replaces the database's contents with a backup's.
const env = readDbEnv();
const args = process.argv.slice(2);
const force = args.includes('--force');
const [file] = args.filter((a) => a !== '--force');
if (!file) {
  console.error('用法 / usage: pnpm db:restore <file> [--force]');
  process.exit(2);
}
const path = resolve(env.INIT_CWD ?? process.cwd(), file);
const started = Date.now();
try {
  const { manifest, dataVersion } = await restoreDatabase(targetFromEnv(env), path, { force });
  console.log(
    `restored ${path} (${manifest.format}, taken ${manifest.createdAt} at data version ` +
      `${manifest.dataVersion}); data version now ${dataVersion}, ${Date.now() - started} ms`,
  );
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(e.message);
  process.exit(1);
}
