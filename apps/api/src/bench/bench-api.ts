/**
 * `pnpm bench:api`: the map's opening query under load (autocannon, 16 connections, 10 s) against
 * the API, and against a bare Node HTTP server returning the same bytes, in the same run; on the
 * embedded database, and on PostgreSQL when DATABASE_URL is set. Target: the API at ≥ 20% of the
 * bare server's requests per second, with p99 ≤ 250 ms.
 * `--peer`: without the cache, against PostGraphile (bench-peer.ts); `--writes`: writes under
 * uncached readers (bench-writes.ts).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchPeer } from './bench-peer';
import { benchDatabase, startScript } from './bench-support';
import { BENCH_USER } from './bench-user';
import { benchWrites } from './bench-writes';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const OPENING_QUERY = `{
  counties { adcode name geometry(zoom: 9) }
  zones { code name starLevel geometry(zoom: 9) provenance { kind } clusters { code name tier } }
  projects(first: 300) { totalCount edges { node { id name status investmentYi geometry zone { code name } cluster { code name } } } }
}`;
const BODY = JSON.stringify({ query: OPENING_QUERY });

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: BODY,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    mean: result.latency.mean,
    errors: result.errors + result.non2xx,
    bytes: result.throughput.average,
  };
}

/** A planner's session token, as a script signed in with `login` would send it on every request. */
async function signIn(): Promise<string> {
  const response = await fetch('http://127.0.0.1:4700/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: BENCH_USER.username, p: BENCH_USER.password },
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } };
  if (!body.data) throw new Error(`bench sign-in failed: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

const line = (
  label: string,
  api: Awaited<ReturnType<typeof load>>,
  bare: Awaited<ReturnType<typeof load>>,
  ok: boolean,
) =>
  `${label.padEnd(22)} API ${api.rps.toFixed(0).padStart(6)} req/s p99 ${String(api.p99).padStart(4)} ms | bare ${bare.rps.toFixed(0).padStart(6)} req/s p99 ${String(bare.p99).padStart(4)} ms | API/bare ${((api.rps / bare.rps) * 100).toFixed(1)}% | errors ${api.errors} | ${ok ? 'PASS' : 'FAIL'}`;

async function benchOne(label: string, target: string) {
  const api = await startScript('./serve-api.ts', [target, '4700']);
  try {
    const response = await fetch('http://127.0.0.1:4700/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
    });
    const bytes = await response.text();
    if (!response.ok || bytes.includes('"errors"'))
      throw new Error(`opening query failed: ${bytes.slice(0, 300)}`);
    const file = join(tmpdir(), 'atlas-bench-response.json');
    writeFileSync(file, bytes);
    const bare = await startScript('./bare-server.ts', [file, '4701']);
    try {
      const apiResult = await load('http://127.0.0.1:4700/graphql');
      const bareResult = await load('http://127.0.0.1:4701/');
      const meets = (r: typeof apiResult) => r.rps / bareResult.rps >= 0.2 && r.p99 <= 250 && r.errors === 0;
      console.log(
        `${line(label, apiResult, bareResult, meets(apiResult))} | ${(bytes.length / 1024).toFixed(0)} KiB`,
      );
      // The same load signed in: every request looks its session up (one indexed read by digest).
      const token = await signIn();
      const signedIn = await load('http://127.0.0.1:4700/graphql', { authorization: `Bearer ${token}` });
      console.log(line(`${label}, session`, signedIn, bareResult, meets(signedIn)));
      const perRequestMs = (1000 / signedIn.rps - 1000 / apiResult.rps) * CONNECTIONS;
      console.log(
        `${' '.repeat(22)} session lookup: ${perRequestMs.toFixed(2)} ms a request under load (${CONNECTIONS} connections), mean latency ${apiResult.mean.toFixed(1)} → ${signedIn.mean.toFixed(1)} ms, throughput ${(((signedIn.rps - apiResult.rps) / apiResult.rps) * 100).toFixed(1)}% vs anonymous`,
      );
      return meets(apiResult) && meets(signedIn);
    } finally {
      bare.kill();
    }
  } finally {
    api.kill();
  }
}

if (process.argv.includes('--peer')) process.exit((await benchPeer()) ? 0 : 1);
if (process.argv.includes('--writes'))
  process.exit((await benchWrites(join(tmpdir(), 'atlas-bench-pglite'), signIn)) ? 0 : 1);

console.log(
  `opening query, ${CONNECTIONS} connections, ${DURATION_S} s each; target API ≥ 20% of bare, p99 ≤ 250 ms`,
);
const results = [await benchOne('embedded (PGlite)', join(tmpdir(), 'atlas-bench-pglite'))];
if (process.env.DATABASE_URL)
  results.push(await benchOne('PostgreSQL', await benchDatabase(process.env.DATABASE_URL)));
else console.log('PostgreSQL             skipped: set DATABASE_URL to run it too');
process.exit(results.every(Boolean) ? 0 : 1);
