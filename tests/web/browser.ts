import { type Browser, chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = new URL('./artifacts/', import.meta.url);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** What went wrong on a page: console errors and failed responses, and requests to another host. */
export interface PageWatch {
  readonly errors: string[];
  readonly foreign: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], foreign: [] };
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(m.text()));
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && watch.errors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:'))
      watch.foreign.push(url);
  });
  return watch;
}

/** Opens the map at a path and waits until every default layer is drawn. */
export async function openMap(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', ...options });
  const watch = watchPage(page);
  await page.goto(url);
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
  return { page, watch };
}

/** How many distinct colours a screenshot holds: a blank or failed map has a handful. */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 16) {
    colours.add(((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0));
  }
  return colours.size;
}
