// Builds the map app when there is no build yet or a source is newer than it: shared by
// `pnpm start` and the browser tests, so neither serves a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['app', 'src', 'next.config.ts', 'package.json', 'tsconfig.json'];
const LOCK = join(root, '.next-build.lock');
// A lock older than this was left by a build that died.
const STALE_LOCK_MS = 10 * 60_000;

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isStale() {
  const built = join(root, '.next', 'BUILD_ID');
  const latest = Math.max(
    ...SOURCES.map((s) => join(root, s))
      .filter(existsSync)
      .map(newest),
  );
  return !existsSync(built) || statSync(built).mtimeMs < latest;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the build lock (a directory: creating one is atomic), waiting while another build holds it. */
function lock() {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
      rmSync(LOCK, { force: true, recursive: true });
    sleep(500);
  }
}

export function buildIfStale() {
  if (!isStale()) return;
  // Several browser-test files start at once: one builds, the others wait and then find it fresh.
  lock();
  try {
    if (!isStale()) return;
    // Next's telemetry would call out to the internet; the map must work with none.
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    const result = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0) throw new Error('building the map app failed');
  } finally {
    rmSync(LOCK, { force: true, recursive: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale();
