import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MapServer, startMapServer } from './map-server';
import { runningMap } from './running-map';
import { type SwitchableProxy, switchableProxy } from './switchable-proxy';

const running = runningMap();
// The map app talks to the API through a proxy the tests take down: the API stopped, then started.
let proxy: SwitchableProxy;
let web: MapServer;
beforeAll(async () => {
  proxy = await switchableProxy(running.system.api.url);
  web = await startMapServer(proxy.url);
}, 300_000);
afterAll(async () => {
  web?.stop();
  await proxy?.close();
});

const newPage = () => running.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });

describe('the map while the API is down', () => {
  it('says the data cannot be reached on a reload, and opens the map by itself once it is back', async () => {
    proxy.down();
    const page = await newPage();
    await page.goto(web.url);
    const notice = page.locator('[data-notice="unreachable"]');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('数据暂时无法获取');
    expect(await page.locator('main.atlas').getAttribute('data-map-state')).toBe('unreachable');
    // Not the old error tucked under the title bar.
    expect(await page.getByText('地图数据加载失败').count()).toBe(0);
    proxy.up();
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 45_000 });
    expect(await notice.count()).toBe(0);
    expect(Number(await page.locator('main.atlas').getAttribute('data-project-bubbles'))).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps what an open map shows, marked as possibly out of date, and clears the mark when it is back', async () => {
    proxy.up();
    const page = await newPage();
    await page.goto(web.url);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const main = page.locator('main.atlas');
    proxy.down();
    const stale = page.locator('[data-notice="stale"]');
    await expect.poll(() => stale.textContent(), { timeout: 40_000 }).toContain('可能已过时');
    expect(await main.getAttribute('data-stale')).toBe('true');
    expect(await main.getAttribute('data-map-state')).toBe('ready');
    expect(Number(await main.getAttribute('data-project-bubbles'))).toBeGreaterThan(0);
    proxy.up();
    await expect.poll(() => main.getAttribute('data-stale'), { timeout: 45_000 }).toBe('false');
    expect(await stale.count()).toBe(0);
    await page.close();
  });
});
