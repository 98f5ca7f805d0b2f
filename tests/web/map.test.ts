import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, distinctColours, openMap as open } from './browser';
import { runningMap } from './running-map';

const running = runningMap();
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

/** Opens the map, collecting every page's console errors and foreign requests in one place. */
async function openMap(path = ''): Promise<Page> {
  const { page, watch } = await open(running.browser, `${running.system.webUrl}${path}`);
  page.on('close', () => {
    consoleErrors.push(...watch.errors);
    foreignRequests.push(...watch.foreign);
  });
  return page;
}

describe('the map in a real browser', () => {
  it('draws Zhoukou from the project’s own data, with no console error and no request to another host', async () => {
    const { page, watch } = await open(running.browser, running.system.webUrl);
    const shot = await page.screenshot();
    writeFileSync(new URL('map-opening.png', ARTIFACTS), shot);
    expect(distinctColours(shot)).toBeGreaterThan(40);
    expect(await page.getByText('周口产业集聚区一张图').count()).toBeGreaterThan(0);
    expect(watch.errors, watch.errors.join('\n')).toEqual([]);
    expect(watch.foreign).toEqual([]);
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
    await page.getByRole('combobox', { name: '搜索' }).fill('太康');
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
    const page = await openMap('/?c=114.85,34.05&z=10&cluster=textile&hide=rivers');
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
    const page = await openMap('/?zone=taikang');
    const detail = page.locator('section.atlas-detail');
    await expect
      .poll(() => detail.locator('[data-star-level]').getAttribute('data-star-level'))
      .toBe('THRESHOLD');
    expect(await detail.locator('h2').textContent()).toBe('太康县产业集聚区');
    expect(await detail.textContent()).toContain('门槛');
    await detail.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => detail.count()).toBe(0);
    // A tap near the south-west corner of the zone's footprint, clear of the project circles.
    await page.close();
    const tapped = await openMap('/?c=114.8258,34.0335&z=12');
    await tapped.mouse.click(640, 400);
    await expect.poll(() => tapped.locator('section.atlas-detail').getAttribute('data-zone')).toBe('taikang');
    writeFileSync(new URL('zone-detail.png', ARTIFACTS), await tapped.screenshot());
    await tapped.close();
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
