import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ARTIFACTS, watchPage } from './browser';
import { runningMap } from './running-map';

const running = runningMap();

async function openMeeting(path: string): Promise<Page> {
  const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${running.system.webUrl}${path}`);
  await page.waitForSelector('main.meeting[data-state="ready"]', { timeout: 30_000 });
  return page;
}

/** The smallest text on the screen that is shown, in px. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let min = Number.POSITIVE_INFINITY;
    const root = document.querySelector('main.meeting') as Element;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0) continue;
      if (parent.closest('.sr-only')) continue;
      min = Math.min(min, Number.parseFloat(getComputedStyle(parent).fontSize));
    }
    return min;
  });

describe('the monthly meeting screen', () => {
  it('shows September: ten zones on the board with their states, bars against time progress, the red list linking to the map', async () => {
    const page = await openMeeting('/meeting?month=2014-09');
    const watch = watchPage(page);
    expect(await page.locator('h1').textContent()).toContain('2014年9月');
    const states = await page
      .locator('.meeting-board li')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-zone'), r.getAttribute('data-state')]));
    expect(states).toHaveLength(10);
    for (const [, state] of states)
      expect(['ON_TIME', 'LATE', 'MISSING', 'RETURNED', 'DRAFT', 'SUBMITTED']).toContain(state);
    // A state is said in words and marked, not by colour alone.
    expect(await page.locator('.meeting-board li .state').first().textContent()).toMatch(/[✔✉⏰↩✎✖] \S+/);

    const bars = page.locator('.meeting-investment li');
    expect(await bars.count()).toBe(10);
    const first = bars.first();
    expect(await first.locator('[data-bar="year-to-date"] .tick').count()).toBe(1);
    expect(await first.locator('.figures .ytd').textContent()).toMatch(/年度计划\d/);
    expect(await first.locator('.ahead').textContent()).toMatch(
      /个百分点 · (快于|慢于|持平于)时间进度|无年度计划/,
    );
    // The thresholds the colours follow are on the screen, from the API.
    expect(await page.locator('.meeting-thresholds li').count()).toBe(3);

    const link = page.locator('.meeting-red-list li a').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/\?project=[\w-]+$/);
    writeFileSync(new URL('meeting-2014-09.png', ARTIFACTS), await page.screenshot());
    expect(await smallestText(page)).toBeGreaterThanOrEqual(20);
    // Nothing cut off at the bottom of a column.
    const cut = await page
      .locator('.meeting-left > section, .meeting-investment')
      .evaluateAll((sections) => sections.filter((s) => s.scrollHeight > s.clientHeight + 1).length);
    expect(cut).toBe(0);

    // The red-list item opens the project's panel on the map.
    await link.click();
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const project = href.replace('/?project=', '');
    await expect
      .poll(() => page.locator('section.atlas-detail').getAttribute('data-project'), { timeout: 15_000 })
      .toBe(project);
    expect(watch.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('steps zone by zone with the clicker, in English with &lang=en, with no serious axe violation', async () => {
    const page = await openMeeting('/meeting?month=2014-09&lang=en');
    expect(await page.locator('h1').textContent()).toContain('Monthly zones meeting · Sep 2014');
    expect(await page.locator('.meeting-board h2').textContent()).toContain('Monthly reports');
    expect(await page.locator('.meeting-board li .state').first().textContent()).toMatch(/[A-Z][a-z]/);
    expect(await page.locator('.meeting-red-list li a').first().getAttribute('href')).toMatch(/&lang=en$/);
    await page.keyboard.press('PageDown');
    const main = page.locator('main.meeting');
    await expect.poll(() => main.getAttribute('data-position')).toBe('1');
    const current = await page
      .locator('.meeting-investment li[aria-current="step"]')
      .getAttribute('data-zone');
    expect(await page.locator('.meeting-board li[aria-current="step"]').getAttribute('data-zone')).toBe(
      current,
    );
    expect(await smallestText(page)).toBeGreaterThanOrEqual(20);
    await page.keyboard.press('Escape');
    await expect.poll(() => main.getAttribute('data-position')).toBe('0');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('says a month is none of the plan’s and links the twelve there are', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${running.system.webUrl}/meeting?month=2014-13`);
    const notice = page.locator('[data-notice="bad-link"]');
    await expect.poll(() => notice.textContent()).toContain('2014-13');
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(12);
    expect(links[8]).toBe('/meeting?month=2014-09');
    await page.close();
  });
});
