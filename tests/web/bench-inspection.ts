/**
 * `pnpm bench:inspection`: does the big screen's memory grow as it tours all day? The inspection
 * screen tours on a fast timer in Debian's headless Chromium; every 30 s the page's garbage is
 * collected and its JS heap read. Reports the heap at the start, the end and its peak, and the
 * trend over the second half (after caches have filled). INSPECTION_MINUTES sets the length
 * (default 10); ATLAS_WEB_URL benchmarks a running system, as `pnpm bench:web` does.
 */
import { cpus, loadavg } from 'node:os';
import { slope } from './bench-figures';
import { launchBrowser } from './browser';
import { type System, startOwnSystem } from './own-system';

const MINUTES = Number(process.env.INSPECTION_MINUTES ?? 10);
const SAMPLE_EVERY_S = 30;
const STOP_EVERY_S = 3;
// Growth over the second half, per hour, that an all-day screen could live with.
const BUDGET_MB_PER_HOUR = 10;

const mb = (bytes: number) => bytes / 2 ** 20;

async function main() {
  const system: System = process.env.ATLAS_WEB_URL
    ? { url: process.env.ATLAS_WEB_URL, description: 'ATLAS_WEB_URL, already running', stop: async () => {} }
    : await startOwnSystem();
  const browser = await launchBrowser();
  try {
    console.log(
      `machine: ${cpus().length} CPUs, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)}`,
    );
    console.log(`system:  ${system.url} (${system.description})`);
    console.log(
      `tour:    /inspection, a stop every ${STOP_EVERY_S} s, for ${MINUTES} min; heap after GC every ${SAMPLE_EVERY_S} s`,
    );
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${system.url}/inspection?period=2014Q4&auto=1&every=${STOP_EVERY_S}`);
    await page.waitForSelector('.inspection-map[data-map-state="ready"]', { timeout: 60_000 });
    const samples: [minutes: number, heapMb: number][] = [];
    const started = Date.now();
    while (Date.now() - started < MINUTES * 60_000) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const minutes = (Date.now() - started) / 60_000;
      samples.push([minutes, mb(usedSize)]);
      const position = await page.locator('main.inspection').getAttribute('data-position');
      console.log(
        `  ${minutes.toFixed(1).padStart(5)} min   heap ${mb(usedSize).toFixed(1).padStart(6)} MB   tour at ${position}`,
      );
      await page.waitForTimeout(SAMPLE_EVERY_S * 1000);
    }
    const heaps = samples.map(([, h]) => h);
    const secondHalf = samples.filter(([m]) => m >= MINUTES / 2);
    const perHour = slope(secondHalf) * 60;
    console.log(
      `heap: start ${heaps[0]?.toFixed(1)} MB, end ${heaps.at(-1)?.toFixed(1)} MB, peak ${Math.max(...heaps).toFixed(1)} MB`,
    );
    console.log(
      `trend over the second half: ${perHour >= 0 ? '+' : ''}${perHour.toFixed(1)} MB/hour   budget ≤ ${BUDGET_MB_PER_HOUR} MB/hour   ${perHour <= BUDGET_MB_PER_HOUR ? 'PASS' : 'FAIL'}`,
    );
  } finally {
    await browser.close();
    await system.stop();
  }
}

if (process.argv[1]?.endsWith('bench-inspection.ts')) await main();
