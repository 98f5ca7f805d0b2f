import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi } from '../api/harness';
import { launchBrowser, watchPage } from './browser';

let api: ApiHarness;
let browser: Browser;
beforeAll(async () => {
  [api, browser] = await Promise.all([startApi({ NODE_ENV: 'development' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the GraphQL IDE at /graphiql, offline', () => {
  it("loads the schema with GraphiQL's own introspection and lists Query in the docs explorer", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page);
    const introspections: number[] = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('__schema'))
        introspections.push(r.status());
    });
    await page.goto(`${api.url}/graphiql`);
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.textContent(), { timeout: 20_000 }).toMatch(/query\s*:\s*Query/);
    await docs
      .locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await expect.poll(() => docs.textContent(), { timeout: 10_000 }).toContain('zones');
    expect(introspections).toEqual([200]);
    expect(watch.foreign).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
