/**
 * `pnpm bench:web`: the map in Debian's headless Chromium, against the running system.
 * - Time to drawn: the `atlas:map-drawn` performance mark (MapLibre idle with every default layer's
 *   data loaded), in ms after navigation start; one untimed warm-up load, then 5 timed loads, each
 *   in a fresh browser context (a cold browser cache). Target: median ≤ 2000 ms.
 * - Against the floor: a bare MapLibre page (`bare-map-page.ts`) drawing the same counties, loaded
 *   the same way, in turn with the map (so the machine's noise falls on both). Target: the map's
 *   median ≤ 1.3 × the bare page's.
 * - JavaScript of the map route: every script the page and MapLibre's workers load, gzipped here at
 *   level 9 (not the transfer sizes). Target: ≤ 450 KB (1 KB = 1024 bytes), MapLibre included.
 * ATLAS_WEB_URL (e.g. http://127.0.0.1:3000 of a `pnpm start`) benchmarks that system; unset, the
 * script starts its own: the API on a fresh seeded in-memory PGlite, and `next start` of the built
 * app (built first if stale).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { countiesOf, startBarePage } from './bare-map-page';
import { isJavaScript, kib, median } from './bench-figures';
import { CHROMIUM, launchBrowser } from './browser';
import { type System, startOwnSystem } from './own-system';

const LOADS = 5;
const DRAWN_BUDGET_MS = 2000;
const FLOOR_RATIO_BUDGET = 1.3;
const JS_BUDGET_KIB = 450;

/** The element whose `data-map-state` says a page's map is drawn (or failed). */
const APP_MAP = 'main.atlas';
const BARE_MAP = 'main#map';

interface Load {
  drawnMs: number;
  domContentLoadedMs: number;
  /** When the last /graphql answer before the map was drawn had arrived. */
  dataMs: number;
  /** JavaScript URLs, each with whether a MapLibre worker (not the page) loaded it. */
  scripts: Map<string, 'page' | 'worker'>;
  errors: string[];
}

async function loadMap(browser: Browser, url: string, mapElement = APP_MAP): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const scripts = new Map<string, 'page' | 'worker'>();
  const errors: string[] = [];
  // Context-level, so a worker's requests count too where the browser reports them.
  context.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    else if (isJavaScript(r.url(), r.request().resourceType(), r.headers()['content-type'])) {
      // A blob: script is made in the page from code already downloaded and counted.
      if (!scripts.has(r.url()) && !r.url().startsWith('blob:')) scripts.set(r.url(), 'page');
    }
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    const main = page.locator(`${mapElement}[data-map-state="ready"], ${mapElement}[data-map-state="error"]`);
    await main.waitFor({ timeout: 60_000 });
    if ((await main.getAttribute('data-map-state')) !== 'ready')
      throw new Error(`the map failed to load: ${errors.join('; ')}`);
    const timings = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const drawnMs = performance.getEntriesByName('atlas:map-drawn')[0]?.startTime ?? Number.NaN;
      const data = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname === '/graphql' && e.responseEnd <= drawnMs)
        .map((e) => e.responseEnd);
      return {
        drawnMs,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        dataMs: Math.max(0, ...data),
      };
    });
    // A worker's own script, and what it imports (which only its own timeline may show).
    for (const worker of page.workers()) {
      // MapLibre 5 starts its worker from a blob: made of code in its main bundle, already counted.
      if (!worker.url().startsWith('blob:')) scripts.set(worker.url(), 'worker');
      const imported = await worker.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      for (const name of imported) if (isJavaScript(name, '', undefined)) scripts.set(name, 'worker');
    }
    if (Number.isNaN(timings.drawnMs)) throw new Error("the page set no 'atlas:map-drawn' performance mark");
    return { ...timings, scripts, errors };
  } finally {
    await context.close();
  }
}

/** The bytes of a URL as served uncompressed, and gzipped here at level 9. */
async function sizes(url: string): Promise<{ raw: number; gzip: number }> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** The inline <script>s of the page's HTML (Next's RSC payload and bootstrap): shown, not counted. */
async function inlineScripts(url: string): Promise<{ raw: number; gzip: number; count: number }> {
  const html = await (await fetch(url)).text();
  const bodies = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => m[1] ?? '',
  );
  const joined = Buffer.from(bodies.join('\n'));
  return { raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length, count: bodies.length };
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
/** The 1-minute load average: on a small shared machine, anything else running shows in the times. */
const load1 = () => loadavg()[0]?.toFixed(2) ?? '?';
const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

const cpu = cpus();
console.log(
  `machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}, load average ${load1()}`,
);
const system: System = process.env.ATLAS_WEB_URL
  ? {
      url: process.env.ATLAS_WEB_URL.replace(/\/$/, ''),
      description: 'ATLAS_WEB_URL, already running',
      stop: async () => {},
    }
  : await startOwnSystem();
const browser = await launchBrowser();
try {
  console.log(`browser: Chromium ${browser.version()} (${CHROMIUM}), headless, 1280×800, no GPU`);
  console.log(`system:  ${system.url} (${system.description})`);

  const warmUp = await loadMap(browser, system.url);
  console.log(
    `\nwarm-up load (untimed; warms the Next server and the API's caches): drawn at ${warmUp.drawnMs.toFixed(0)} ms`,
  );
  const bare = await startBarePage(await countiesOf(system.url));
  const bareWarmUp = await loadMap(browser, bare.url, BARE_MAP);
  const loads: Load[] = [];
  const bareLoads: Load[] = [];
  try {
    for (let i = 0; i < LOADS; i += 1) {
      loads.push(await loadMap(browser, system.url));
      bareLoads.push(await loadMap(browser, bare.url, BARE_MAP));
    }
  } finally {
    await bare.stop();
  }

  console.log(
    `\nTime to drawn: 'atlas:map-drawn' mark, ms after navigation start; ${LOADS} loads of each page, in turn, each in a fresh browser context (cold browser cache)`,
  );
  console.log('  load   DOMContentLoaded   data in (/graphql)     map drawn   bare MapLibre, counties only');
  for (const [i, l] of loads.entries())
    console.log(
      `  ${String(i + 1).padEnd(4)} ${ms(l.domContentLoadedMs)}          ${ms(l.dataMs)}      ${ms(l.drawnMs)}   ${ms(bareLoads[i]?.drawnMs ?? Number.NaN)}`,
    );
  const drawn = median(loads.map((l) => l.drawnMs));
  const floor = median(bareLoads.map((l) => l.drawnMs));
  console.log(
    `  median${' '.repeat(41)}${ms(drawn)}   ${ms(floor)}   budget ≤ ${DRAWN_BUDGET_MS} ms   ${pass(drawn <= DRAWN_BUDGET_MS)}`,
  );
  const ratio = drawn / floor;
  console.log(
    `  map ÷ bare MapLibre: ${ratio.toFixed(2)}   budget ≤ ${FLOOR_RATIO_BUDGET}   ${pass(ratio <= FLOOR_RATIO_BUDGET)}`,
  );

  // Every script any load fetched (they should all fetch the same ones).
  const scripts = new Map<string, 'page' | 'worker'>();
  for (const load of [warmUp, ...loads]) for (const [url, by] of load.scripts) scripts.set(url, by);
  const rows = await Promise.all(
    [...scripts].map(async ([url, by]) => ({ path: new URL(url).pathname, by, ...(await sizes(url)) })),
  );
  rows.sort((a, b) => b.gzip - a.gzip);
  const width = Math.max(...rows.map((r) => r.path.length), 10);
  console.log(
    `\nJavaScript of the map route: ${rows.length} files the page and its MapLibre workers load; gzip level 9 computed here; 1 KB = 1024 bytes`,
  );
  console.log(`  ${'file'.padEnd(width)}  loaded by    raw KB   gzip KB`);
  for (const r of rows)
    console.log(
      `  ${r.path.padEnd(width)}  ${r.by.padEnd(9)} ${kib(r.raw).padStart(8)}  ${kib(r.gzip).padStart(8)}`,
    );
  const raw = rows.reduce((sum, r) => sum + r.raw, 0);
  const gzip = rows.reduce((sum, r) => sum + r.gzip, 0);
  console.log(
    `  ${'total'.padEnd(width)}            ${kib(raw).padStart(8)}  ${kib(gzip).padStart(8)}   budget ≤ ${JS_BUDGET_KIB} KB gzipped   ${pass(gzip <= JS_BUDGET_KIB * 1024)}`,
  );
  const inline = await inlineScripts(system.url);
  console.log(
    `  not counted: ${inline.count} inline <script>s in the HTML (Next's bootstrap and RSC payload), ${kib(inline.raw)} KB raw, ${kib(inline.gzip)} KB gzipped`,
  );

  console.log(`\nload average at the end: ${load1()} (the machine's CPU count is ${cpu.length})`);
  const errors = [...new Set([warmUp, bareWarmUp, ...loads, ...bareLoads].flatMap((l) => l.errors))];
  if (errors.length > 0) console.log(`\nerrors in the browser:\n  ${errors.join('\n  ')}`);
} finally {
  await browser.close();
  await system.stop();
}
