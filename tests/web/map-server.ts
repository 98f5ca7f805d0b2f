import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script of the web app, shared with its start command
import { buildIfStale } from '../../apps/web/scripts/build-if-stale.mjs';

const WEB_DIR = fileURLToPath(new URL('../../apps/web/', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface MapServer {
  readonly url: string;
  stop(): void;
}

/**
 * The built map app (built first if a source is newer) served by `next start` on a free port,
 * passing /graphql to `apiUrl`, with `env` added to its environment; resolves once it answers.
 */
export async function startMapServer(apiUrl: string, env: Record<string, string> = {}): Promise<MapServer> {
  buildIfStale();
  const port = await freePort();
  const web: ChildProcess = spawn(
    'pnpm',
    ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      env: { ...process.env, ATLAS_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (web.exitCode !== null || i === 240) {
      web.kill();
      throw new Error(`next start did not come up at ${url}`);
    }
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop: () => web.kill() };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
