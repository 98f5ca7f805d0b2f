// `pnpm start` for the map: build once (and again when the sources are newer), then serve.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
const port = process.env.WEB_PORT ?? '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const result = spawnSync('pnpm', ['exec', 'next', 'start', '--port', port, '--hostname', '127.0.0.1'], {
  cwd: new URL('..', import.meta.url),
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
