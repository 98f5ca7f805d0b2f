import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, distinctColours, watchPage } from './browser';
import { runningMap } from './running-map';

const running = runningMap();
const problems: string[] = [];

interface Ranked {
  zoneCode: string;
  rank: number | null;
  consequence: string | null;
}

async function ranking(period: string): Promise<Ranked[]> {
  const { data } = await running.system.api.gql<{ inspectionRanking: { zones: Ranked[] } }>(
    'query($p: String!) { inspectionRanking(period: $p) { zones { zoneCode rank consequence } } }',
    { p: period },
  );
  return data?.inspectionRanking.zones ?? [];
}

/** The big screen as the room sees it: 1920 × 1080, Chinese. */
async function openScreen(period: string): Promise<Page> {
  const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const watch = watchPage(page);
  page.on('close', () => problems.push(...watch.errors, ...watch.foreign.map((u) => `foreign: ${u}`)));
  await page.goto(`${running.system.webUrl}/inspection?period=${period}`);
  await page.waitForSelector('.inspection-map[data-map-state="ready"]', { timeout: 30_000 });
  await page.waitForSelector('main.inspection[data-state="ready"]');
  return page;
}

const consequences = (page: Page) =>
  page
    .locator('.ranking-board li')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-zone'), r.getAttribute('data-consequence')]),
    );

describe('the quarterly inspection on the big screen', () => {
  it('ranks all ten zones with 经验介绍 for the top 3 and 表态发言 for the bottom 3, as the API does', async () => {
    const expected = await ranking('2014Q3');
    const page = await openScreen('2014Q3');
    expect(await page.locator('.ranking-board li').count()).toBe(10);
    expect(await consequences(page)).toEqual(expected.map((z) => [z.zoneCode, z.consequence ?? '']));
    expect(expected.filter((z) => z.consequence === '经验介绍')).toHaveLength(3);
    expect(expected.filter((z) => z.consequence === '表态发言')).toHaveLength(3);
    // No scrollbars on the big screen.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await page.waitForTimeout(300);
    writeFileSync(new URL('inspection-overview.png', ARTIFACTS), await page.screenshot());
    await page.close();
  });

  it('tours the zones in rank order with the keyboard: → and PageDown advance, the map flies, Esc returns', async () => {
    const expected = (await ranking('2014Q4')).filter((z) => z.rank !== null);
    const page = await openScreen('2014Q4');
    const main = page.locator('main.inspection');
    const view = () => page.locator('.inspection-map').getAttribute('data-view');
    const overview = await view();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => main.getAttribute('data-position')).toBe('1');
    await expect
      .poll(() => page.locator('[data-scorecard]').getAttribute('data-scorecard'))
      .toBe(expected[0]?.zoneCode);
    await expect.poll(view, { timeout: 10_000 }).not.toBe(overview);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.position').textContent()).toBe('3 / 10');
    expect(await page.locator('.ranking-board li[aria-current="step"]').getAttribute('data-zone')).toBe(
      expected[2]?.zoneCode,
    );
    await page.waitForTimeout(2500);
    writeFileSync(new URL('inspection-tour.png', ARTIFACTS), await page.screenshot());
    await page.keyboard.press('PageUp');
    await expect.poll(() => main.getAttribute('data-position')).toBe('2');
    await page.keyboard.press('Escape');
    await expect.poll(() => main.getAttribute('data-position')).toBe('0');
    await page.close();
  });

  it('tours on a timer by itself, for a screen left running in the hall', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${running.system.webUrl}/inspection?period=2014Q3&auto=1&every=2`);
    await page.waitForSelector('main.inspection[data-state="ready"]', { timeout: 30_000 });
    await expect
      .poll(() => page.locator('main.inspection').getAttribute('data-position'), { timeout: 10_000 })
      .toBe('2');
    expect(await page.locator('nav button[aria-pressed="true"]').count()).toBe(1);
    await page.close();
  });

  it('speaks English when asked, with the same ranking', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${running.system.webUrl}/inspection?period=2014Q3&lang=en`);
    await page.waitForSelector('main.inspection[data-state="ready"]', { timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toContain('Quarterly inspection');
    expect(await page.locator('.position').textContent()).toBe('Overview');
    expect(await page.locator('.ranking-board li').count()).toBe(10);
    await page.close();
  });

  it('marks the rewarded top 3 and the criticised bottom 2 at the year-end inspection', async () => {
    const expected = await ranking('2014');
    const page = await openScreen('2014');
    expect(await consequences(page)).toEqual(expected.map((z) => [z.zoneCode, z.consequence ?? '']));
    expect(expected.filter((z) => z.consequence === '奖励')).toHaveLength(3);
    expect(expected.filter((z) => z.consequence === '通报批评')).toHaveLength(2);
    expect(await page.locator('h1').textContent()).toContain('年终总观摩');
    writeFileSync(new URL('inspection-year-end.png', ARTIFACTS), await page.screenshot());
    await page.close();
  });

  it('rebuilds the map by itself when the browser takes its WebGL context and does not give it back', async () => {
    const page = await openScreen('2014Q3');
    const map = page.locator('.inspection-map');
    await page.evaluate(() => {
      const canvas = document.querySelector('.inspection-map canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect.poll(() => map.getAttribute('data-map-state')).toBe('lost');
    await expect.poll(() => map.getAttribute('data-generation'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 30_000 }).toBe('ready');
    await page.close();
  });

  it('exports the screen as a PNG and a zone’s A3 briefing as a PDF that opens', async () => {
    const first = (await ranking('2014Q3')).find((z) => z.rank === 1);
    const page = await openScreen('2014Q3');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-scorecard]').getAttribute('data-scorecard'))
      .toBe(first?.zoneCode);
    await page.waitForTimeout(2500);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="png"]')]);
    const png = readFileSync((await download.path()) as string);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    // The map is in it, not just the panels: far more colours than a dark page of text.
    expect(distinctColours(png)).toBeGreaterThan(200);
    writeFileSync(new URL('inspection-export.png', ARTIFACTS), png);
    expect(await page.locator('[data-export="brief"]').getAttribute('href')).toBe(
      `/inspection/brief?period=2014Q3&zone=${first?.zoneCode}`,
    );
    await page.close();

    const brief = await running.browser.newPage({ viewport: { width: 1587, height: 1123 } });
    await brief.goto(`${running.system.webUrl}/inspection/brief?period=2014Q3&zone=${first?.zoneCode}`);
    await brief.waitForSelector('.zone-brief[data-state="ready"]', { timeout: 30_000 });
    await brief.waitForSelector('.inspection-map[data-map-state="ready"]', { timeout: 30_000 });
    await brief.waitForSelector('[data-scorecard]');
    const pdf = await brief.pdf({ format: 'A3', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    writeFileSync(new URL('inspection-brief.pdf', ARTIFACTS), pdf);
    writeFileSync(new URL('inspection-brief.png', ARTIFACTS), await brief.screenshot());
    await brief.close();
  });

  it('raised no console error and sent no request to another host', () => {
    // A deliberately lost WebGL context is reported by the browser; nothing else may be.
    expect(problems.filter((p) => !/WebGL|CONTEXT_LOST/i.test(p))).toEqual([]);
  });
});
