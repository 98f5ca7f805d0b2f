import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { watchPage } from './browser';
import { type MapServer, startMapServer } from './map-server';
import { runningMap } from './running-map';

const running = runningMap();
// The same app with no API behind it: every /graphql goes to a port nothing listens on.
let orphan: MapServer;
beforeAll(async () => {
  orphan = await startMapServer('http://127.0.0.1:9');
}, 300_000);
afterAll(() => orphan?.stop());

async function openBoard(path: string, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${running.system.webUrl}${path}${lang === 'en' ? '&lang=en' : ''}`);
  await page.waitForSelector('main.inspection[data-state="ready"]', { timeout: 30_000 });
  await page.waitForSelector('.progress-board');
  return page;
}

const figures = (page: Page) =>
  page
    .locator('.progress-board li')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-metric'), r.querySelector('.figures')?.textContent]),
    );

describe('the progress board as at the end of the period shown', () => {
  it('shows less done at the end of September than at the year’s end, and says as at when', async () => {
    const q3 = await openBoard('/inspection?period=2014Q3');
    const atQ3 = await figures(q3);
    expect(await q3.locator('.progress-board h2').first().textContent()).toContain('2014年第三季度');
    await q3.close();
    const year = await openBoard('/inspection?period=2014');
    const atYear = await figures(year);
    await year.close();
    const investment = (rows: typeof atQ3) => rows.find(([m]) => m === 'fixed_asset_investment')?.[1];
    expect(investment(atQ3)).not.toEqual(investment(atYear));
    // Counts recorded only as they stand now have no figure at the end of September.
    expect(atQ3.find(([m]) => m === 'grid_projects')?.[1]).toMatch(/^暂无数据/);
  });

  it('marks every figure demo rows stand behind, with the key beside each heading', async () => {
    const page = await openBoard('/inspection?period=2014Q4');
    const marked = await page
      .locator('.progress-board li')
      .evaluateAll((rows) => rows.filter((r) => r.querySelector('.demo-mark')).length);
    expect(marked).toBeGreaterThan(0);
    expect(await page.locator('.progress-board h2 .demo-badge').first().textContent()).toContain('演示数据');
    await page.close();
  });
});

describe('the progress board on a 1920 × 1080 projector read from 8 m', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`has no text under 24 px on the board, none under 20 px on the screen, and no label over its bar (${lang})`, async () => {
      const page = await openBoard('/inspection?period=2014Q4', lang);
      const sizes = await page.evaluate(() => {
        const smallest = (root: Element) => {
          let min = Number.POSITIVE_INFINITY;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            // MapLibre's attribution is the map's, not the board's.
            if (!parent || !node.textContent?.trim() || parent.closest('.maplibregl-ctrl')) continue;
            if (parent.getClientRects().length === 0) continue;
            min = Math.min(min, Number.parseFloat(getComputedStyle(parent).fontSize));
          }
          return min;
        };
        return {
          board: smallest(document.querySelector('.progress-board') as Element),
          screen: smallest(document.querySelector('main.inspection') as Element),
        };
      });
      expect(sizes.board).toBeGreaterThanOrEqual(24);
      expect(sizes.screen).toBeGreaterThanOrEqual(20);
      const clashes = await page.locator('.progress-board li').evaluateAll((rows) =>
        rows.flatMap((row) => {
          const box = (s: string) => row.querySelector(s)?.getBoundingClientRect() as DOMRect;
          const [label, bar, figures] = [box('.label'), box('.bar'), box('.figures')];
          const meets = (a: DOMRect, b: DOMRect) =>
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return meets(label, bar) || meets(label, figures) || meets(figures, bar)
            ? [row.getAttribute('data-metric')]
            : [];
        }),
      );
      expect(clashes).toEqual([]);
      // Every row is on the board, none cut off at its bottom.
      expect(
        await page
          .locator('.progress-board')
          .evaluate((b) => b.scrollHeight <= b.clientHeight && b.scrollWidth <= b.clientWidth),
      ).toBe(true);
      await page.close();
    });
  }
});

describe('bad links and a missing API', () => {
  it('says a period is no round and links the rounds there are', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${running.system.webUrl}/inspection?period=2031Q9`);
    const notice = page.locator('[data-notice="bad-link"]');
    await expect.poll(() => notice.textContent()).toContain('2031Q9');
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/inspection?period=2014Q3',
      '/inspection?period=2014Q4',
      '/inspection?period=2014',
    ]);
    await page.close();
  });

  it('says a brief’s zone does not exist, links the ten that do, and shows no empty map', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1587, height: 1123 } });
    await page.goto(`${running.system.webUrl}/inspection/brief?period=2014Q3&zone=xyz`);
    await page.waitForSelector('.zone-brief[data-state="unknown-zone"]', { timeout: 30_000 });
    expect(await page.locator('[data-notice="bad-link"]').textContent()).toContain('xyz');
    expect(await page.locator('[data-notice="bad-link"] a').count()).toBe(10);
    expect(await page.locator('h1').textContent()).not.toContain('xyz');
    expect(await page.locator('.inspection-map').count()).toBe(0);
    await page.close();
  });

  it('says the data cannot be reached when the API is down, with no script error', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const watch = watchPage(page);
    await page.goto(`${orphan.url}/inspection?period=2014Q4`);
    await page.waitForSelector('main.inspection[data-state="error"]', { timeout: 30_000 });
    expect(await page.locator('[data-notice="unreachable"]').textContent()).toContain('无法获取数据');
    expect(watch.errors.filter((e) => /JSON/.test(e))).toEqual([]);
    await page.close();
  });

  it('keeps the last figures marked as possibly out of date while the API is down, and recovers by itself', async () => {
    const page = await openBoard('/inspection?period=2014Q4&refresh=2');
    const before = await figures(page);
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"errors":[{"message":"down"}]}',
      }),
    );
    const main = page.locator('main.inspection');
    await expect.poll(() => main.getAttribute('data-state'), { timeout: 10_000 }).toBe('stale');
    expect(await page.locator('[data-notice="unreachable"]').textContent()).toContain('可能已过时');
    expect(await figures(page)).toEqual(before);
    await page.unroute('**/graphql');
    await expect.poll(() => main.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    expect(await page.locator('[data-notice="unreachable"]').count()).toBe(0);
    await page.close();
  });
});

describe('the inspection screen by keyboard and for assistive technology', () => {
  it('presses the focused 自动巡览 button with space instead of moving the tour', async () => {
    const page = await openBoard('/inspection?period=2014Q3');
    const auto = page.locator('nav button[aria-pressed]');
    await auto.focus();
    await page.keyboard.press(' ');
    await expect.poll(() => auto.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('main.inspection').getAttribute('data-position')).toBe('0');
    // The ring around it is visible on the navy header: a solid outline at least 3 px wide.
    const ring = await auto.evaluate((b) => {
      const s = getComputedStyle(b);
      return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), colour: s.outlineColor };
    });
    expect(ring).toMatchObject({ style: 'solid', colour: 'rgb(255, 255, 255)' });
    expect(ring.width).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('has no serious or critical axe violations on the screen and on the brief, which keeps its draft status', async () => {
    const page = await openBoard('/inspection?period=2014Q3');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const brief = await running.browser.newPage({ viewport: { width: 1587, height: 1123 } });
    await brief.goto(`${running.system.webUrl}/inspection/brief?period=2014Q3&zone=taikang`);
    await brief.waitForSelector('.zone-brief[data-state="ready"]', { timeout: 30_000 });
    await brief.waitForSelector('[data-scorecard]');
    expect(await brief.locator('.status').textContent()).toMatch(/草稿 · 待审定发布|已发布/);
    expect(await brief.locator('.status').textContent()).toContain('演示数据');
    expect(await axeViolations(brief)).toEqual([]);
    await brief.close();
  });
});
