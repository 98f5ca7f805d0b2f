/**
 * `pnpm bench:api --peer`: the atlas without its response cache against PostGraphile 5 +
 * graphile-postgis serving the same PostgreSQL database, for the three questions of
 * `peer/peer-queries.ts`. Every request carries new variables, so neither side answers from a
 * cache of answers. PostGraphile is installed from npm into a temporary folder, never a dependency
 * of the atlas. Target: the atlas at ≥ 2× PostGraphile's requests per second on each question.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchDatabase, startProcess, startScript } from './bench-support';
import { PEER_QUERIES, type PeerQuery } from './peer/peer-queries';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const PEER_PACKAGES = ['postgraphile@5.1.5', 'graphile-postgis@3.18.2'];
const PEER_DIR = join(tmpdir(), 'atlas-postgraphile-peer');
const ATLAS_URL = 'http://127.0.0.1:4700/graphql';
const PEER_URL = 'http://127.0.0.1:4702/graphql';

/** PostGraphile in a folder of its own, installed once per version list. */
function installPeer(): string {
  const stamp = join(PEER_DIR, 'installed.txt');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== PEER_PACKAGES.join(' ')) {
    mkdirSync(PEER_DIR, { recursive: true });
    writeFileSync(join(PEER_DIR, 'package.json'), '{ "name": "atlas-postgraphile-peer", "private": true }\n');
    console.log(`installing ${PEER_PACKAGES.join(', ')} into ${PEER_DIR} …`);
    // graphile-postgis asks for peers newer than PostGraphile 5.1.5 ships; they work together.
    execFileSync('npm', ['install', '--legacy-peer-deps', '--no-audit', '--no-fund', ...PEER_PACKAGES], {
      cwd: PEER_DIR,
      stdio: 'inherit',
    });
    writeFileSync(stamp, PEER_PACKAGES.join(' '));
  }
  const server = join(PEER_DIR, 'postgraphile-server.cjs');
  copyFileSync(fileURLToPath(new URL('./peer/postgraphile-server.cjs', import.meta.url)), server);
  return server;
}

interface Measured {
  readonly rps: number;
  readonly p99: number;
  readonly bytesPerAnswer: number;
  readonly errors: number;
}

/** One round of load: every request the same text with the next variables. */
async function load(url: string, query: string, variables: PeerQuery['variables']): Promise<Measured> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query, variables: variables(i++) }),
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    bytesPerAnswer: result.throughput.average / Math.max(result.requests.average, 1),
    errors: result.errors + result.non2xx,
  };
}

/** Asks once and refuses to measure a server that answers with errors. */
async function check(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url} answered ${text.slice(0, 400)}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function row(label: string, atlas: Measured[], peer: Measured[]): { text: string; ratio: number } {
  const a = median(atlas.map((m) => m.rps));
  const p = median(peer.map((m) => m.rps));
  const ratio = a / p;
  const side = (ms: Measured[], rps: number) =>
    `${rps.toFixed(1).padStart(7)} req/s p99 ${String(median(ms.map((m) => m.p99))).padStart(5)} ms ${(median(ms.map((m) => m.bytesPerAnswer)) / 1024).toFixed(0).padStart(4)} KiB`;
  const errors = [...atlas, ...peer].reduce((sum, m) => sum + m.errors, 0);
  return {
    ratio,
    text: `${label.padEnd(32)} | atlas ${side(atlas, a)} | PostGraphile ${side(peer, p)} | ×${ratio.toFixed(2)} ${ratio >= 2 && errors === 0 ? 'PASS' : 'FAIL'}${errors ? ` (${errors} errors)` : ''}`,
  };
}

export async function benchPeer(): Promise<boolean> {
  if (!process.env.DATABASE_URL) {
    console.log('peer mode needs PostgreSQL: set DATABASE_URL (PostGraphile does not run on PGlite)');
    return false;
  }
  const server = installPeer();
  const database = await benchDatabase(process.env.DATABASE_URL);
  // The atlas first: it migrates and loads the plan into the bench database if it is empty.
  const atlas = await startScript('./serve-api.ts', [database, '4700']);
  // The same node flags as the atlas (bench-support.ts), so neither side is tuned the other is not.
  const peer = await startProcess(
    process.execPath,
    ['--max-semi-space-size=64', server, database, '4702'],
    PEER_DIR,
  );
  try {
    console.log(
      `uncached: new variables on every request; ${CONNECTIONS} connections, ${DURATION_S} s, median of ${ROUNDS} rounds, the two servers alternating; target atlas ≥ 2× PostGraphile`,
    );
    let pass = true;
    for (const query of PEER_QUERIES) {
      await check(ATLAS_URL, query.atlas, query.variables(0));
      await check(PEER_URL, query.peer, query.variables(0));
      const atlasRounds: Measured[] = [];
      const peerRounds: Measured[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        atlasRounds.push(await load(ATLAS_URL, query.atlas, query.variables));
        peerRounds.push(await load(PEER_URL, query.peer, query.variables));
      }
      const { text, ratio } = row(query.label, atlasRounds, peerRounds);
      console.log(text);
      pass &&= ratio >= 2;
    }
    return pass;
  } finally {
    atlas.kill();
    peer.kill();
  }
}
