import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { type AtlasServer, createAtlasServer, readApiEnv } from '@atlas/api';
import { type AtlasDatabase, migrate, openDatabase, seed } from '@atlas/db';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { BenchRow } from './postgres-outage';

/**
 * Issue 9, part 7: distinct anonymous reads of the largest answers the cost limit accepts must hold
 * the process's memory and the event loop within stated bounds. The figures are asserted by
 * tests/api/memory-flood.test.ts at CI size and reported by `pnpm bench:faults` at full size (300
 * reads, where the unbounded cache crashed the API at the 245th).
 */
export const FLOOD_LIMITS = {
  /**
   * RSS growth over the baseline after warm-up, however many reads. Measured +270 to +400 MB: V8
   * lets its heap grow that far on 300 answers of 0.3 MB before a full collection. The unbounded
   * cache grew 4.1 GB and crashed the API; 600 MB keeps the ceiling far below that and clear of GC's
   * timing.
   */
  rssGrowthBytes: 600 * 1024 * 1024,
  /**
   * The longest the event loop may be held, per database (README's limits). PostgreSQL: one request
   * measured 150 ms at worst, the concurrent flood 270 ms with its garbage collections. PGlite runs
   * the database in this thread: 270–340 ms measured for one request, 620 ms in the flood. The
   * margin is for a shared 2-core machine; the report's request held it 2,000 ms.
   */
  stallMs: { postgres: 400, pglite: 800 },
  /** A small read (`zones { code }`) sent during the concurrent flood is answered within this. */
  smallReadMs: 2_000,
} as const;

/** The largest answers the cost limit accepts, each made distinct by `n` so none is a cache hit. */
export const LARGEST_ACCEPTED: Record<string, (n: number) => string> = {
  'counties, full detail': (n) => `{ counties { adcode name geometry } n${n}: __typename }`,
  'counties, measures': (n) => `{ counties { adcode areaKm2 lengthKm centroid bbox } n${n}: __typename }`,
  'counties at zoom 9, 2 aliases': (n) =>
    `{ a: counties { adcode geometry(zoom: 9) } b: counties { name geometry(zoom: 9) } n${n}: __typename }`,
  'rivers, full detail, 10 aliases': (n) =>
    `{ ${Array.from({ length: 10 }, (_, i) => `r${i}: rivers { id level geometry }`).join(' ')} n${n}: __typename }`,
  'projects(first: 1000), 9 fields': (n) =>
    `{ projects(first: 1000) { totalCount edges { node { id name status investmentYi geometry areaKm2 provenance { kind citation } } } } n${n}: __typename }`,
  'zones with their projects, 15 aliases': (n) =>
    `{ ${Array.from({ length: 15 }, (_, i) => `z${i}: zones { code projects { id name status investmentYi } }`).join(' ')} n${n}: __typename }`,
};

/** The request of the report: 15 aliases of the counties at full detail (4.5 MB before part 7). */
export const fifteenFullCounties = (n = 0) =>
  `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: counties { name geometry }`).join(' ')} n${n}: __typename }`;
export const FIFTEEN_FULL_COUNTIES = fifteenFullCounties();

export interface FloodServer {
  readonly url: string;
  readonly api: AtlasServer;
  stop(): Promise<void>;
}

/** The API in this process (so its event loop is the one watched), anonymous reads only. */
export async function startFloodServer(atlas: AtlasDatabase): Promise<FloodServer> {
  const env = readApiEnv({ NODE_ENV: 'production', ATLAS_API_TOKENS: 'planner:memory-flood-planner' });
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const api = await createAtlasServer(atlas, env, pino({ level: 'warn' }, silent));
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`,
    api,
    stop: () => api.stop(),
  };
}

export interface Answer {
  status: number;
  bytes: number;
  ms: number;
  code?: string;
  cache: string | null;
}

export async function post(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  const code = text.includes('"errors"')
    ? ((JSON.parse(text) as { errors: { extensions?: { code?: string } }[] }).errors[0]?.extensions?.code ??
      'error')
    : undefined;
  return {
    status: res.status,
    bytes: Buffer.byteLength(text),
    ms,
    code,
    cache: res.headers.get('x-atlas-cache'),
  };
}

/** Runs `work` with the event loop watched at 5 ms resolution; the longest stall in ms. */
export async function withStallWatch<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  try {
    const result = await work();
    return { result, stallMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

export interface Worst {
  case: string;
  bytes: number;
  ms: number;
  stallMs: number;
}

/** Each largest accepted case, `runs` times with distinct text: its answer, slowest wall time and stall. */
export async function measureWorstCases(url: string, runs = 3, from = 0): Promise<Worst[]> {
  const out: Worst[] = [];
  for (const [name, query] of Object.entries(LARGEST_ACCEPTED)) {
    const worst: Worst = { case: name, bytes: 0, ms: 0, stallMs: 0 };
    for (let run = 0; run < runs; run++) {
      const { result, stallMs } = await withStallWatch(() => post(url, query(from + run)));
      if (result.status !== 200 || result.code) throw new Error(`${name}: ${result.status} ${result.code}`);
      worst.bytes = Math.max(worst.bytes, result.bytes);
      worst.ms = Math.max(worst.ms, result.ms);
      worst.stallMs = Math.max(worst.stallMs, stallMs);
    }
    out.push(worst);
  }
  return out;
}

export interface FloodFigures {
  requests: number;
  failures: number;
  /** Requests refused with QUERY_TOO_COMPLEX: every 4th is the report's 15-alias request. */
  refused: number;
  baselineRss: number;
  peakRss: number;
  peakCacheBytes: number;
  cacheLimitBytes: number;
  stallMs: number;
  slowestSmallReadMs: number;
  seconds: number;
}

/**
 * `sequential` distinct reads one after another, then `concurrent` more `parallel` at a time while a
 * small read is sent every 50 ms; the cases of LARGEST_ACCEPTED in turn. RSS is sampled every 20 ms.
 */
export async function runFlood(
  server: FloodServer,
  options: { sequential: number; concurrent: number; parallel: number; from?: number },
): Promise<FloodFigures> {
  const cases = Object.values(LARGEST_ACCEPTED);
  const largest = (n: number) =>
    n % 4 === 3 ? fifteenFullCounties(n) : (cases[n % cases.length] as (n: number) => string)(n);
  const { cache } = server.api;
  globalThis.gc?.();
  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  let peakCacheBytes = cache.bytes;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakCacheBytes = Math.max(peakCacheBytes, cache.bytes);
  }, 20);
  let failures = 0;
  let refused = 0;
  let slowestSmallReadMs = 0;
  const started = performance.now();
  const from = options.from ?? 1_000_000;
  const one = async (n: number) => {
    const answer = await post(server.url, largest(n)).catch(() => null);
    if (answer?.status === 400 && answer.code === 'QUERY_TOO_COMPLEX') refused += 1;
    else if (answer?.status !== 200 || answer.code) failures += 1;
  };
  try {
    const { stallMs } = await withStallWatch(async () => {
      for (let n = 0; n < options.sequential; n++) await one(from + n);
      let next = options.sequential;
      const total = options.sequential + options.concurrent;
      let flooding = true;
      const smallReads = (async () => {
        for (let k = 0; flooding; k++) {
          const answer = await post(server.url, `{ zones { code } s${from + k}: __typename }`);
          if (answer.status !== 200 || answer.code) failures += 1;
          slowestSmallReadMs = Math.max(slowestSmallReadMs, answer.ms);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      await Promise.all(
        Array.from({ length: options.parallel }, async () => {
          while (next < total) await one(from + next++);
        }),
      );
      flooding = false;
      await smallReads;
    });
    return {
      requests: options.sequential + options.concurrent,
      failures,
      refused,
      baselineRss,
      peakRss,
      peakCacheBytes,
      cacheLimitBytes: cache.limits.maxBytes,
      stallMs,
      slowestSmallReadMs,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** A seeded database of the bench's own: PGlite in memory, or a database on DATABASE_URL's server. */
async function benchDatabase(url?: string): Promise<AtlasDatabase> {
  if (!url) {
    const atlas = await openDatabase({ kind: 'pglite' });
    await migrate(atlas);
    await seed(atlas, { demo: true });
    return atlas;
  }
  const name = 'atlas_bench_memory_flood';
  const admin = await openDatabase({ kind: 'postgres', url, max: 1 });
  await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const atlas = await openDatabase({ kind: 'postgres', url: target.toString() });
  await migrate(atlas);
  await seed(atlas, { demo: true });
  return atlas;
}

/**
 * The budget the project states: no request holds the event loop longer. The bench measures it
 * alone on the machine; the CI test (FLOOD_LIMITS.stallMs) allows for the test files beside it.
 */
export const STALL_BUDGET_MS = 200;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function floodOn(label: 'pglite' | 'postgres', url: string | undefined, log: (line: string) => void) {
  const atlas = await benchDatabase(url);
  const server = await startFloodServer(atlas);
  try {
    const budget = STALL_BUDGET_MS;
    // Warm-up: the coverage simplified at zoom 9 once (in the worker thread), the code paths compiled.
    const firstUse = await measureWorstCases(server.url, 1, 500_000);
    const firstStall = Math.max(...firstUse.map((w) => w.stallMs));
    const worst = await measureWorstCases(server.url, 3);
    for (const w of worst)
      log(`${label} ${w.case}: ${w.bytes} B, ${w.ms.toFixed(0)} ms, stall ${w.stallMs.toFixed(0)} ms`);
    const fifteen = await withStallWatch(() => post(server.url, FIFTEEN_FULL_COUNTIES));
    const flood = await runFlood(server, { sequential: 240, concurrent: 60, parallel: 4 });
    log(`${label} flood: ${JSON.stringify(flood)}`);
    const largest = worst.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const slowest = worst.reduce((a, b) => (b.stallMs > a.stallMs ? b : a));
    const rows: BenchRow[] = [
      {
        case: `${label}: largest accepted answer (${largest.case})`,
        figure: `${(largest.bytes / 1024).toFixed(0)} KB in ${largest.ms.toFixed(0)} ms`,
        target: '≤ 1 MB',
        pass: largest.bytes <= 1024 * 1024,
      },
      {
        case: `${label}: longest event-loop stall at first use (zoom 9 simplified in the worker thread)`,
        figure: `${firstStall.toFixed(0)} ms`,
        target: `≤ ${budget} ms`,
        pass: firstStall <= budget,
      },
      {
        case: `${label}: longest event-loop stall of one accepted request (${slowest.case})`,
        figure: `${slowest.stallMs.toFixed(0)} ms`,
        target: `≤ ${budget} ms`,
        pass: slowest.stallMs <= budget,
      },
      {
        case: `${label}: 15 aliases of the counties at full detail`,
        figure: `${fifteen.result.status} ${fifteen.result.code ?? 'answered'}, ${fifteen.result.bytes} B, stall ${fifteen.stallMs.toFixed(0)} ms`,
        target: '400 QUERY_TOO_COMPLEX',
        pass: fifteen.result.status === 400 && fifteen.result.code === 'QUERY_TOO_COMPLEX',
      },
      {
        case: `${label}: ${flood.requests} distinct large reads (240 in turn, 60 four at a time)`,
        figure: `peak RSS ${mb(flood.peakRss)} (+${mb(flood.peakRss - flood.baselineRss)}), ${flood.failures} failed, ${flood.refused} refused as too costly, ${flood.seconds.toFixed(0)} s`,
        target: `+≤ ${mb(FLOOD_LIMITS.rssGrowthBytes)}, none failed`,
        pass: flood.peakRss - flood.baselineRss <= FLOOD_LIMITS.rssGrowthBytes && flood.failures === 0,
      },
      {
        case: `${label}: response cache during the flood`,
        figure: `peak ${mb(flood.peakCacheBytes)}`,
        target: `≤ ${mb(flood.cacheLimitBytes)}`,
        pass: flood.peakCacheBytes <= flood.cacheLimitBytes,
      },
      {
        case: `${label}: event loop during the flood; a small read meanwhile`,
        figure: `stall ${flood.stallMs.toFixed(0)} ms; zones { code } within ${flood.slowestSmallReadMs.toFixed(0)} ms`,
        target: `≤ ${budget} ms; ≤ ${FLOOD_LIMITS.smallReadMs} ms`,
        pass: flood.stallMs <= budget && flood.slowestSmallReadMs <= FLOOD_LIMITS.smallReadMs,
      },
    ];
    return rows;
  } finally {
    await server.stop();
    await atlas.close();
  }
}

/**
 * The full-size flood on PGlite, and on PostgreSQL when DATABASE_URL is set: 300 distinct reads of
 * the largest accepted answers (240 in turn, 60 four at a time), peak RSS, cache bytes, worst stall,
 * failures; and the report's 15-alias request, which must now be refused.
 */
export async function measureMemoryFlood(
  options: { log?: (line: string) => void } = {},
): Promise<BenchRow[]> {
  const log = options.log ?? (() => {});
  const rows = await floodOn('pglite', undefined, log);
  const url = process.env.DATABASE_URL;
  if (url) rows.push(...(await floodOn('postgres', url, log)));
  return rows;
}
