import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openMap as open } from './browser';
import { runningMap } from './running-map';

const running = runningMap();
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true };

async function openMap(path = '', options: Parameters<typeof open>[2] = {}): Promise<Page> {
  return (await open(running.browser, `${running.system.webUrl}${path}`, options)).page;
}

const attribute = (page: Page, name: string) => page.locator('main.atlas').getAttribute(name);

async function zoneSeats(): Promise<{ code: string; seat: { coordinates: [number, number] } }[]> {
  const { data } = await running.system.api.gql<{
    zones: { code: string; seat: { coordinates: [number, number] } }[];
  }>('{ zones { code seat } }');
  return data?.zones ?? [];
}

/** Where a point is on screen, from the map's reported view (Web Mercator, 512 px tiles). */
function onScreen(page: Page, view: string, [lng, lat]: [number, number]) {
  const [cLng = 0, cLat = 0, zoom = 0] = view.split(',').map(Number);
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  const world = 512 * 2 ** zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (p: number) => {
    const r = (p * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world;
  };
  return { x: size.width / 2 + x(lng) - x(cLng), y: size.height / 2 + y(lat) - y(cLat) };
}

describe('zone names at city scale', () => {
  for (const [name, options] of [
    ['a 1280 × 800 screen', {}],
    ['a 1024 × 768 tablet', TABLET],
  ] as const) {
    it(`names every zone on ${name}, none hidden by a bubble or another name`, async () => {
      const zones = (await zoneSeats()).map((z) => z.code).sort();
      const page = await openMap('', options);
      await expect.poll(() => attribute(page, 'data-named-zones')).toBe(zones.join(','));
      writeFileSync(
        new URL(`zone-names-${page.viewportSize()?.width}.png`, ARTIFACTS),
        await page.screenshot(),
      );
      await page.close();
    });
  }

  it('opens each zone from a tap on its marker, even where an investment bubble lies over it', async () => {
    const zones = await zoneSeats();
    const page = await openMap('', TABLET);
    const view = (await attribute(page, 'data-view')) ?? '';
    for (const zone of zones) {
      const { x, y } = onScreen(page, view, zone.seat.coordinates);
      await page.touchscreen.tap(x, y);
      await expect
        .poll(() => page.locator('section.atlas-detail').getAttribute('data-zone'), { message: zone.code })
        .toBe(zone.code);
      // Still at city scale: the tap opened the zone rather than zooming into a bubble.
      expect(await attribute(page, 'data-view')).toBe(view);
      await page.locator('section.atlas-detail').getByRole('button', { name: '关闭' }).click();
      await expect.poll(() => page.locator('section.atlas-detail').count()).toBe(0);
    }
    await page.close();
    // Ten panels opened and closed, each asking for the zone's ledger and reports too.
  }, 180_000);

  it('draws the names in English with lang=en', async () => {
    const page = await openMap('/?lang=en');
    await expect.poll(() => attribute(page, 'data-label-language')).toBe('en');
    await page.close();
  });
});

describe('links to a zone', () => {
  it('moves the map to the zone a shared link opens', async () => {
    const taikang = (await zoneSeats()).find((z) => z.code === 'taikang');
    const page = await openMap('/?zone=taikang');
    const view = async () => ((await attribute(page, 'data-view')) ?? '').split(',').map(Number);
    await expect.poll(async () => (await view())[2] ?? 0, { timeout: 10_000 }).toBeGreaterThan(11);
    const [lng = 0, lat = 0] = await view();
    const [seatLng = 0, seatLat = 0] = taikang?.seat.coordinates ?? [];
    expect(Math.abs(lng - seatLng)).toBeLessThan(0.05);
    expect(Math.abs(lat - seatLat)).toBeLessThan(0.05);
    expect(await page.locator('section.atlas-detail').getAttribute('data-zone')).toBe('taikang');
    await page.close();
  });

  it('says there is no such zone for a bad code, and offers the nearest ones', async () => {
    const page = await openMap('/?zone=taikan');
    const notice = page.locator('[data-no-such-zone]');
    await expect.poll(() => notice.textContent()).toContain('没有这个产业集聚区');
    expect(await page.getByText('园区详情加载失败').count()).toBe(0);
    await notice.locator('[data-suggest-zone="taikang"]').click();
    await expect.poll(() => page.locator('section.atlas-detail').getAttribute('data-zone')).toBe('taikang');
    expect(await notice.count()).toBe(0);
    await page.close();
    const nonsense = await openMap('/?zone=xyz&lang=en');
    await expect.poll(() => nonsense.locator('[data-no-such-zone]').textContent()).toContain('No such zone');
    expect(await nonsense.locator('[data-suggest-zone]').count()).toBeGreaterThan(0);
    await nonsense.close();
  });
});

describe('a lost WebGL context on the explorer', () => {
  const loseContext = (page: Page, restoreAfterMs: number | null) =>
    page.evaluate((after) => {
      const canvas = document.querySelector('.atlas-canvas canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      const extension = gl.getExtension('WEBGL_lose_context');
      extension?.loseContext();
      if (after !== null) setTimeout(() => extension?.restoreContext(), after);
    }, restoreAfterMs);

  it('draws again when the browser gives the context back', async () => {
    const page = await openMap('/?cluster=textile');
    await loseContext(page, 500);
    await expect.poll(() => attribute(page, 'data-map-state')).toBe('ready');
    expect(await attribute(page, 'data-map-generation')).toBe('0');
    await page.close();
  });

  it('rebuilds the map, with the leader’s choices, when the context is not given back', async () => {
    const page = await openMap('/?cluster=textile&hide=rivers');
    await loseContext(page, null);
    await expect.poll(() => attribute(page, 'data-map-state')).toBe('lost');
    await expect.poll(() => attribute(page, 'data-map-generation'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => attribute(page, 'data-map-state'), { timeout: 30_000 }).toBe('ready');
    expect(await attribute(page, 'data-shown-layers')).not.toContain('rivers');
    expect(await attribute(page, 'data-highlighted-zones')).toBe('扶沟县产业集聚区,太康县产业集聚区');
    await page.close();
  });
});

describe('a tour stop on the inspection screen', () => {
  it('names the zone and its projects in sizes read across a room, in the screen’s language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${running.system.webUrl}/inspection?period=2014Q3${lang === 'en' ? '&lang=en' : ''}`);
      await page.waitForSelector('.inspection-map[data-map-state="ready"]', { timeout: 30_000 });
      await page.waitForSelector('main.inspection[data-state="ready"]');
      await page.keyboard.press('ArrowRight');
      const zone = await page
        .locator('.ranking-board li[aria-current="step"]')
        .getAttribute('data-zone', { timeout: 10_000 });
      const map = page.locator('.inspection-map');
      await expect.poll(() => map.getAttribute('data-labelled-zones'), { timeout: 15_000 }).toContain(zone);
      await expect
        .poll(() => map.getAttribute('data-labelled-projects').then(Number), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(Number(await map.getAttribute('data-smallest-label-px'))).toBeGreaterThanOrEqual(22);
      expect(await map.getAttribute('data-label-language')).toBe(lang);
      await page.waitForTimeout(500);
      writeFileSync(new URL(`tour-stop-${lang}.png`, ARTIFACTS), await page.screenshot());
      await page.close();
    }
  });
});
