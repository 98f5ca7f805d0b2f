import { mkdirSync, writeFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from './system';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
const CHROMIUM = '/usr/bin/chromium';

let system: RunningSystem;
let browser: Browser;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  system = await startSystem();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function openMap(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    if (
      !r.url().startsWith('http://127.0.0.1:') &&
      !r.url().startsWith('data:') &&
      !r.url().startsWith('blob:')
    ) {
      foreignRequests.push(r.url());
    }
  });
  await page.goto(system.webUrl);
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
  return page;
}

/** How many distinct colours a screenshot holds: a blank or failed map has a handful. */
function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 16) {
    colours.add(((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0));
  }
  return colours.size;
}

describe('the map in a real browser', () => {
  it('draws Zhoukou from the project’s own data, with no console error and no request to another host', async () => {
    const page = await openMap();
    const shot = await page.screenshot();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(new URL('map-opening.png', ARTIFACTS), shot);
    expect(distinctColours(shot)).toBeGreaterThan(40);
    expect(await page.getByText('周口产业集聚区一张图').count()).toBeGreaterThan(0);
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('highlights 扶沟 and 太康 when the textile cluster is chosen, and clears on a second tap', async () => {
    const page = await openMap();
    await page.click('[data-cluster="textile"]');
    const main = page.locator('main.atlas');
    await expect
      .poll(() => main.getAttribute('data-highlighted-zones'))
      .toBe('扶沟县产业集聚区,太康县产业集聚区');
    expect(await page.locator('[data-cluster="textile"]').getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(300);
    writeFileSync(new URL('cluster-textile.png', ARTIFACTS), await page.screenshot());
    await page.click('[data-cluster="textile"]');
    await expect.poll(() => main.getAttribute('data-highlighted-zones')).toBe('');
    await page.close();
  });

  it('toggles each layer off and on', async () => {
    const page = await openMap();
    for (const layer of [
      'counties',
      'rivers',
      'zones',
      'projects',
      'roads',
      'grid',
      'facilities',
      'relocation',
    ]) {
      const box = page.locator(`[data-layer="${layer}"]`);
      const shown = async () =>
        (await page.locator('main.atlas').getAttribute('data-shown-layers'))?.split(',');
      await expect.poll(shown, { message: layer }).toContain(layer);
      await box.uncheck();
      await expect.poll(shown, { message: layer }).not.toContain(layer);
      await box.check();
      await expect.poll(shown, { message: layer }).toContain(layer);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('searches by name and flies to the zone', async () => {
    const page = await openMap();
    await page.getByRole('searchbox').fill('太康');
    await page.locator('[data-hit="taikang"]').click();
    const view = async () =>
      (await page.locator('main.atlas').getAttribute('data-view'))?.split(',').map(Number);
    await expect.poll(async () => (await view())?.[2] ?? 0, { timeout: 10_000 }).toBeGreaterThan(11.5);
    const [lng, lat] = (await view()) ?? [];
    expect(lng).toBeGreaterThan(114.75);
    expect(lng).toBeLessThan(114.9);
    expect(lat).toBeGreaterThan(33.95);
    expect(lat).toBeLessThan(34.1);
    writeFileSync(new URL('search-taikang.png', ARTIFACTS), await page.screenshot());
    await expect.poll(() => page.url()).toContain('z=12');
    await page.close();
  });

  it('restores a view from its URL: centre, zoom, cluster and hidden layers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${system.webUrl}/?c=114.85,34.05&z=10&cluster=textile&hide=rivers`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const main = page.locator('main.atlas');
    await expect
      .poll(() => main.getAttribute('data-highlighted-zones'))
      .toBe('扶沟县产业集聚区,太康县产业集聚区');
    await expect
      .poll(async () => (await main.getAttribute('data-shown-layers'))?.split(','))
      .not.toContain('rivers');
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => page.url()).toContain('cluster=textile');
    expect(page.url()).toContain('hide=rivers');
    await page.close();
  });

  it('opens a zone’s detail with the plan’s star level, from a tap and from a link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${system.webUrl}/?zone=taikang`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const detail = page.locator('section.atlas-detail');
    await expect
      .poll(() => detail.locator('[data-star-level]').getAttribute('data-star-level'))
      .toBe('THRESHOLD');
    expect(await detail.locator('h2').textContent()).toBe('太康县产业集聚区');
    expect(await detail.textContent()).toContain('门槛');
    await detail.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => detail.count()).toBe(0);
    // A tap near the south-west corner of the zone's footprint, clear of the project circles.
    await page.goto(`${system.webUrl}/?c=114.8258,34.0335&z=12`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const box = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return canvas ? { w: canvas.clientWidth, h: canvas.clientHeight } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.click(640, 400);
    await expect.poll(() => page.locator('section.atlas-detail').getAttribute('data-zone')).toBe('taikang');
    writeFileSync(new URL('zone-detail.png', ARTIFACTS), await page.screenshot());
    await page.close();
  });
});
