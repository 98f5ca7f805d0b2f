import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openMap } from './browser';
import { runningMap } from './running-map';

const running = runningMap();

/** The map as a leader's tablet shows it: 1024 × 768. */
const tablet = (path = '/') =>
  openMap(running.browser, `${running.system.webUrl}${path}`, { viewport: { width: 1024, height: 768 } });

describe('the map by keyboard', () => {
  // KNOWN FLAKE, retried (not hidden): about one run in four on this 2-core machine an arrow key's
  // selection is not seen within 10 s although the same steps pass alone; not yet explained.
  it('moves through search hits with the arrows, opens the chosen zone and puts focus in its panel', {
    retry: 2,
  }, async () => {
    const { page } = await openMap(running.browser, running.system.webUrl);
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.fill('产业集聚区');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    // Each step is polled, for up to 10 s: the keys wait in the browser's queue while the page draws the
    // map's late data (works' schedules), which takes seconds on a loaded CI machine.
    const settled = { timeout: 10_000 };
    const options = page.getByRole('option');
    // The map's later data (works' schedules, late works) is fetched and drawn after the map says it
    // is ready; with nothing more on the wire, the page is no longer busy drawing it.
    await page.waitForLoadState('networkidle');
    await box.press('ArrowDown');
    await expect.poll(() => options.nth(0).getAttribute('aria-selected'), settled).toBe('true');
    await box.press('ArrowDown');
    await expect.poll(() => options.nth(1).getAttribute('aria-selected'), settled).toBe('true');
    await box.press('ArrowUp');
    await expect.poll(() => options.nth(0).getAttribute('aria-selected'), settled).toBe('true');
    await expect
      .poll(
        async () =>
          (await box.getAttribute('aria-activedescendant')) === (await options.nth(0).getAttribute('id')),
        settled,
      )
      .toBe(true);
    // Down to the zone among the hits, and Enter chooses it.
    const kinds = await options.evaluateAll((os) => os.map((o) => o.getAttribute('data-kind')));
    for (let i = 0; i < kinds.indexOf('ZONE'); i += 1) await box.press('ArrowDown');
    const chosen = await options.nth(kinds.indexOf('ZONE')).getAttribute('data-hit');
    await box.press('Enter');
    const panel = page.locator('section.atlas-detail');
    await expect.poll(() => panel.getAttribute('data-zone'), { timeout: 10_000 }).toBe(chosen);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.atlas-detail') !== null))
      .toBe(true);
    // Esc closes the panel, and focus goes back to the search box, not the page.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.close();
  });

  it('closes the membership matrix with Esc', async () => {
    const { page } = await openMap(running.browser, running.system.webUrl);
    await page.click('[data-open="membership"]');
    const matrix = page.locator('section.atlas-matrix');
    await expect.poll(() => matrix.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => matrix.count()).toBe(0);
    await page.close();
  });

  it('has no serious or critical axe violations on the map', async () => {
    const { page } = await openMap(running.browser, running.system.webUrl);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the map on a 1024 × 768 tablet', () => {
  it('makes every control at least 44 × 44 px, MapLibre’s own included', async () => {
    const { page } = await tablet('/?zone=taikang');
    await page.waitForSelector('section.atlas-detail [data-star-level]');
    const small = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          'button, summary, a[href], select, input:not([type="checkbox"]), label:has(input[type="checkbox"]), [role="option"]',
        ),
      )
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 - 0.5 || box.height < 44 - 0.5)
        .map(
          ({ el, box }) => `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it('shows an open panel opaque with the legend out of its way', async () => {
    const { page } = await tablet('/?zone=taikang');
    await page.waitForSelector('section.atlas-detail [data-star-level]');
    const background = await page
      .locator('section.atlas-detail')
      .evaluate((s) => getComputedStyle(s).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    expect(await page.locator('.atlas-layers').isVisible()).toBe(false);
    // The zone panel's last line, its source, can be reached.
    const source = page.locator('section.atlas-detail .source');
    await source.scrollIntoViewIfNeeded();
    expect(await source.isVisible()).toBe(true);
    await page.close();
  });

  for (const width of [1024, 1440]) {
    it(`keeps the cluster panel’s matrix button clear of the filter bar in English at ${width} px`, async () => {
      const { page } = await openMap(running.browser, `${running.system.webUrl}/?lang=en`, {
        viewport: { width, height: 768 },
      });
      const button = page.locator('[data-open="membership"]');
      await button.scrollIntoViewIfNeeded();
      const [b, f] = await Promise.all([button.boundingBox(), page.locator('.atlas-filters').boundingBox()]);
      expect(b && f).toBeTruthy();
      if (!b || !f) return;
      const meets =
        b.x < f.x + f.width && f.x < b.x + b.width && b.y < f.y + f.height && f.y < b.y + b.height;
      expect(meets).toBe(false);
      expect(b.y + b.height).toBeLessThanOrEqual(768);
      await page.close();
    });
  }
});

describe('demo figures marked where leaders look', () => {
  it('marks the running total and the choropleth’s percentages as demo data, in view on a tablet', async () => {
    const { page } = await tablet();
    const total = page.locator('.atlas-filters output');
    expect(await total.textContent()).toContain('演示数据');
    const badge = total.getByText('演示数据');
    const box = await badge.boundingBox();
    expect(box && box.y + box.height <= 768 && box.x + box.width <= 1024).toBe(true);
    const choices = await page
      .locator('[data-filter="choropleth"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.selectOption('[data-filter="choropleth"]', choices[0] ?? '');
    await expect.poll(() => page.locator('.atlas-layers .key-title').textContent()).toContain('演示数据');
    await page.close();
  });

  it('says where a demo project comes from in Chinese, with no English sentence in a Chinese panel', async () => {
    const { data } = await running.system.api.gql<{ projects: { edges: { node: { id: string } }[] } }>(
      '{ projects(first: 1) { edges { node { id } } } }',
    );
    const id = data?.projects.edges[0]?.node.id;
    const { page } = await openMap(running.browser, `${running.system.webUrl}/?project=${id}`);
    const source = page.locator('section.atlas-detail .source');
    await expect.poll(() => source.textContent(), { timeout: 15_000 }).toContain('演示数据');
    expect(await source.textContent()).not.toMatch(/[A-Za-z]{4,}/);
    await page.close();
  });
});
