// Builds the map app when there is no build yet or a source is newer than it: shared by
// `pnpm start` and the browser tests, so neither serves a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['app', 'src', 'next.config.ts', 'package.json', 'tsconfig.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildIfStale() {
  const built = join(root, '.next', 'BUILD_ID');
  const latest = Math.max(
    ...SOURCES.map((s) => join(root, s))
      .filter(existsSync)
      .map(newest),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= latest) return;
  // Next's telemetry would call out to the internet; the map must work with none.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error('building the map app failed');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale();
