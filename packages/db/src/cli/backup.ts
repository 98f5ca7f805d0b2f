import { resolve } from 'node:path';
import { BackupError, backupDatabase } from '../backup';
import { targetFromEnv } from '../client';
import { readDbEnv } from '../env';

// `pnpm db:backup <file>`: the database the environment names, into one file.
const env = readDbEnv();
const [file] = process.argv.slice(2);
if (!file) {
  console.error('用法 / usage: pnpm db:backup <file>');
  process.exit(2);
}
const path = resolve(env.INIT_CWD ?? process.cwd(), file);
const started = Date.now();
try {
  const manifest = await backupDatabase(targetFromEnv(env), path);
  console.log(
    `backup written to ${path}: ${manifest.format}, data version ${manifest.dataVersion}, ` +
      `${(manifest.payloadBytes / 1024 / 1024).toFixed(1)} MiB, ${Date.now() - started} ms`,
  );
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(e.message);
  process.exit(1);
}
