/**
 * `pnpm bench:api --writes`: a zone office's reporting day on one API — 32 readers asking the map's
 * opening query with new variables each time (no cached answer helps them), and a writer creating a
 * project every 50 ms (20 writes/s, sent on the clock whether or not the last was answered), for
 * BENCH_SECONDS (10) on the embedded database, and on PostgreSQL when DATABASE_URL is set. Target:
 * write p99 ≤ 500 ms, every write answered without an error.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { benchDatabase, startScript } from './bench-support';
import { PEER_QUERIES } from './peer/peer-queries';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const READERS = 32;
const WRITES_PER_S = 20;
const WRITE_P99_BUDGET_MS = 500;
const URL = 'http://127.0.0.1:4700/graphql';

const CREATE_PROJECT = 'mutation($input: ProjectInput!) { createProject(input: $input) { id } }';
const READ = PEER_QUERIES[0];

interface WriteResult {
  readonly ms: number;
  readonly ok: boolean;
}

/** One project in the bench's own database, named `bench write …` so its rows are told from the plan's. */
async function createOne(token: string, i: number): Promise<WriteResult> {
  const started = performance.now();
  try {
    const response = await fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: CREATE_PROJECT,
        variables: {
          input: {
            name: `bench write ${Date.now()}-${i}`,
            zoneCode: 'taikang',
            clusterCode: 'textile',
            investmentYi: 1.5,
            status: 'PLANNED',
            statusDate: '2014-08-01',
            geometry: { type: 'Point', coordinates: [114.85 + (i % 100) * 1e-4, 34.04] },
          },
        },
      }),
    });
    const text = await response.text();
    return { ms: performance.now() - started, ok: response.ok && !text.includes('"errors"') };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

/** Writes on the clock: the i-th leaves at i × 50 ms, however long the earlier ones take. */
async function writeOnTheClock(token: string, seconds: number): Promise<WriteResult[]> {
  const count = seconds * WRITES_PER_S;
  const start = performance.now();
  const writes: Promise<WriteResult>[] = [];
  for (let i = 0; i < count; i += 1) {
    const wait = start + (i * 1000) / WRITES_PER_S - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    writes.push(createOne(token, i));
  }
  return Promise.all(writes);
}

function readLoad(seconds: number) {
  let i = 0;
  return autocannon({
    url: URL,
    connections: READERS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: READ?.atlas, variables: READ?.variables(i++) }),
        }),
      },
    ],
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function benchOne(label: string, target: string, signIn: () => Promise<string>): Promise<boolean> {
  const api = await startScript('./serve-api.ts', [target, '4700']);
  try {
    const token = await signIn();
    // Twenty writes one after another to warm the server (its JIT, its statements), then writes
    // alone on the clock: what a write costs on this machine with nobody reading.
    for (let i = 0; i < 20; i += 1) await createOne(token, -1 - i);
    const alone = (await writeOnTheClock(token, 2)).map((w) => w.ms).sort((a, b) => a - b);
    const [reads, writes] = await Promise.all([readLoad(DURATION_S), writeOnTheClock(token, DURATION_S)]);
    const ms = writes.map((w) => w.ms).sort((a, b) => a - b);
    const failed = writes.filter((w) => !w.ok).length;
    const p99 = percentile(ms, 99);
    const pass = p99 <= WRITE_P99_BUDGET_MS && failed === 0;
    console.log(
      `${label.padEnd(18)} writes ${writes.length}: p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${ms.at(-1)?.toFixed(0)} ms, failed ${failed} (alone: p50 ${percentile(alone, 50).toFixed(0)}, p99 ${percentile(alone, 99).toFixed(0)} ms) | reads ${reads.requests.average.toFixed(1)} req/s, p99 ${reads.latency.p99} ms, errors ${reads.errors + reads.non2xx} | ${pass ? 'PASS' : 'FAIL'}`,
    );
    return pass;
  } finally {
    api.kill();
  }
}

export async function benchWrites(pgliteDir: string, signIn: () => Promise<string>): Promise<boolean> {
  console.log(
    `${READERS} readers (the opening query, new variables each time) + ${WRITES_PER_S} project creations/s on the clock, ${DURATION_S} s; target write p99 ≤ ${WRITE_P99_BUDGET_MS} ms, no failed write`,
  );
  const results = [await benchOne('embedded (PGlite)', pgliteDir, signIn)];
  if (process.env.DATABASE_URL)
    results.push(await benchOne('PostgreSQL', await benchDatabase(process.env.DATABASE_URL), signIn));
  else console.log('PostgreSQL         skipped: set DATABASE_URL to run it too');
  return results.every(Boolean);
}
