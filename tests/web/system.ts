import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script of the web app, shared with its start command
import { buildIfStale } from '../../apps/web/scripts/build-if-stale.mjs';
import { type ApiHarness, startApi } from '../api/harness';

const WEB_DIR = fileURLToPath(new URL('../../apps/web/', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningSystem {
  readonly api: ApiHarness;
  readonly webUrl: string;
  stop(): Promise<void>;
}

/**
 * The whole system as a leader meets it: the API on a fresh seeded embedded (or PostgreSQL) test
 * database, and the built map app served by `next start`, talking to that API.
 */
export async function startSystem(): Promise<RunningSystem> {
  buildIfStale();
  const api = await startApi();
  const port = await freePort();
  const web: ChildProcess = spawn(
    'pnpm',
    ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      env: { ...process.env, ATLAS_API_URL: api.url, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const webUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i += 1) {
    if (
      await fetch(webUrl).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    api,
    webUrl,
    async stop() {
      web.kill();
      await api.stop();
    },
  };
}
