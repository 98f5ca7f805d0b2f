import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openMap as open } from './browser';
import { runningMap } from './running-map';

const running = runningMap();

async function openMap(path = ''): Promise<Page> {
  const { page } = await open(running.browser, `${running.system.webUrl}${path}`);
  return page;
}

const main = (page: Page) => page.locator('main.atlas');

describe('the map says who is ahead and who is behind', () => {
  it('colours the zones by time progress with the thresholds in the legend, and keeps it in the link', async () => {
    const page = await openMap();
    await page.selectOption('[data-filter="choropleth"]', 'progress');
    await expect.poll(() => main(page).getAttribute('data-coloured'), { timeout: 15_000 }).toBe('progress');
    const key = page.locator('[data-key="progress"]');
    const flags = await key
      .locator('[data-flag]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-flag'), r.textContent]));
    expect(flags.map(([flag]) => flag)).toEqual(['GREEN', 'YELLOW', 'RED']);
    // Each range is written from the API's thresholds: ≥ the first, "to" between, < the last.
    expect(flags[0]?.[1]).toMatch(/≥ [＋−]?\d+\.\d个百分点/);
    expect(flags[2]?.[1]).toMatch(/< [＋−]\d+\.\d个百分点/);
    expect(await key.textContent()).toContain('演示数据');
    await expect.poll(() => page.url()).toContain('colour=progress');
    writeFileSync(new URL('map-time-progress.png', ARTIFACTS), await page.screenshot());

    // The compare switch: two rounds, the changes listed by zone with their marks, and drawn.
    await page.selectOption('[data-filter="compare"]', '2014Q3,2014Q4');
    await expect.poll(() => main(page).getAttribute('data-compare')).toBe('2014Q3,2014Q4');
    const panel = page.locator('[data-compare-panel]');
    await expect.poll(() => panel.getAttribute('data-compare-panel'), { timeout: 15_000 }).toBe('ready');
    expect(
      Number(await panel.locator('[data-change-count]').getAttribute('data-change-count')),
    ).toBeGreaterThan(0);
    expect(await panel.locator('[data-change="RANK_MOVED"]').first().textContent()).toMatch(/[↑↓＝]\d* /);
    await expect.poll(() => page.url()).toContain('compare=2014Q3,2014Q4');
    writeFileSync(new URL('map-compare.png', ARTIFACTS), await page.screenshot());
    await page.close();
  }, 120_000);

  it('draws a late road as late and opens its works panel on a tap', async () => {
    const { data } = await running.system.api.gql<{
      roadLinks: { id: string; late: boolean; geometry: { type: string; coordinates: number[][] } }[];
    }>('{ roadLinks { id late geometry } }');
    const road = data?.roadLinks.find((r) => r.late && r.geometry.type === 'LineString');
    expect(road).toBeDefined();
    const coordinates = road?.geometry.coordinates ?? [];
    const [lng, lat] = coordinates[Math.floor(coordinates.length / 2)] ?? [];
    // Only the roads drawn, centred on the late road's middle, where its ⚠ mark stands.
    const page = await openMap(
      `/?c=${lng},${lat}&z=14&hide=zones,projects,grid,facilities,relocation,counties,rivers`,
    );
    await expect.poll(() => main(page).getAttribute('data-late-works'), { timeout: 15_000 }).not.toBe('0');
    await page.mouse.click(640, 400);
    const panel = page.locator('section.atlas-detail');
    await expect.poll(() => panel.getAttribute('data-works'), { timeout: 10_000 }).toBe(`road:${road?.id}`);
    expect(await panel.locator('[data-late]').getAttribute('data-late')).toBe('true');
    const text = (await panel.textContent()) ?? '';
    for (const word of ['逾期', '计划开工', '计划完工', '进度', '责任单位', '演示数据'])
      expect(text).toContain(word);
    await expect.poll(() => page.url()).toContain(`road=${road?.id}`);
    writeFileSync(new URL('map-late-road.png', ARTIFACTS), await page.screenshot());
    await page.close();
  }, 120_000);
});
