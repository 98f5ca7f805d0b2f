/**
 * `pnpm bench:api`: the map's opening query under load (autocannon, 16 connections, 10 s) against
 * the API, and against a bare Node HTTP server returning the same bytes, in the same run; on the
 * embedded database, and on PostgreSQL when DATABASE_URL is set. Target: the API at ≥ 20% of the
 * bare server's requests per second, with p99 ≤ 250 ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const OPENING_QUERY = `{
  counties { adcode name geometry(zoom: 9) }
  zones { code name starLevel geometry(zoom: 9) provenance { kind } clusters { code name tier } }
  projects(first: 300) { totalCount edges { node { id name status investmentYi geometry zone { code name } cluster { code name } } } }
}`;
const BODY = JSON.stringify({ query: OPENING_QUERY });
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

function start(script: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', here(script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function load(url: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    bytes: result.throughput.average,
  };
}

/** A database of its own on the PostgreSQL server, so the benchmark never reseeds a planner's data. */
async function benchDatabase(url: string): Promise<string> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const exists = await admin`SELECT 1 FROM pg_database WHERE datname = 'atlas_bench'`;
  if (exists.length === 0) await admin.unsafe('CREATE DATABASE atlas_bench');
  await admin.end();
  const u = new URL(url);
  u.pathname = '/atlas_bench';
  return u.toString();
}

async function benchOne(label: string, target: string) {
  const api = await start('./serve-api.ts', [target, '4700']);
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
    const bare = await start('./bare-server.ts', [file, '4701']);
    try {
      const apiResult = await load('http://127.0.0.1:4700/graphql');
      const bareResult = await load('http://127.0.0.1:4701/');
      const share = apiResult.rps / bareResult.rps;
      const ok = share >= 0.2 && apiResult.p99 <= 250 && apiResult.errors === 0;
      console.log(
        `${label.padEnd(22)} API ${apiResult.rps.toFixed(0).padStart(6)} req/s p99 ${String(apiResult.p99).padStart(4)} ms | bare ${bareResult.rps.toFixed(0).padStart(6)} req/s p99 ${String(bareResult.p99).padStart(4)} ms | API/bare ${(share * 100).toFixed(1)}% | ${(bytes.length / 1024).toFixed(0)} KiB | errors ${apiResult.errors} | ${ok ? 'PASS' : 'FAIL'}`,
      );
      return ok;
    } finally {
      bare.kill();
    }
  } finally {
    api.kill();
  }
}

console.log(
  `opening query, ${CONNECTIONS} connections, ${DURATION_S} s each; target API ≥ 20% of bare, p99 ≤ 250 ms`,
);
const results = [await benchOne('embedded (PGlite)', join(tmpdir(), 'atlas-bench-pglite'))];
if (process.env.DATABASE_URL)
  results.push(await benchOne('PostgreSQL', await benchDatabase(process.env.DATABASE_URL)));
else console.log('PostgreSQL             skipped: set DATABASE_URL to run it too');
process.exit(results.every(Boolean) ? 0 : 1);
