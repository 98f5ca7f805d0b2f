import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../api/harness';
import { ARTIFACTS } from './browser';
import { runningMap } from './running-map';

const running = runningMap();

beforeAll(async () => {
  await createTestUser(running.system.api.atlas, {
    username: 'reporter.login',
    displayName: '登录测试员',
    role: 'zone_reporter',
    zoneCode: 'taikang',
  });
}, 60_000);

/** A GraphQL request to the map app's /graphql, as a browser on `origin` would send it. */
function viaMapApp(query: string, headers: Record<string, string> = {}, variables = {}) {
  return fetch(`${running.system.webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

describe('the map app’s /graphql and the session cookie', () => {
  it('passes the session cookie both ways, and where a write came from, to the API', async () => {
    const login = await viaMapApp(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }',
      {},
      {
        u: 'reporter.login',
        p: TEST_PASSWORD,
      },
    );
    const [cookie] = login.headers.getSetCookie();
    expect(cookie).toMatch(/^atlas_session=ats_[^;]+; HttpOnly; SameSite=Lax; Path=\//);
    const session = (cookie as string).split(';')[0] as string;
    const me = await (await viaMapApp('{ me { username } }', { cookie: session })).json();
    expect(me).toEqual({ data: { me: { username: 'reporter.login' } } });
    // A cookie-signed write from another site is refused: the API sees the Origin and the host the
    // browser asked (forwarded), and they differ.
    const foreign = await viaMapApp('mutation { logout }', {
      cookie: session,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(
      ((await foreign.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    const own = await viaMapApp('mutation { logout }', { cookie: session, origin: running.system.webUrl });
    expect(await own.json()).toEqual({ data: { logout: true } });
    expect(own.headers.getSetCookie()[0]).toMatch(/^atlas_session=; .*Max-Age=0/);
  });
});

async function loginPage(path: string): Promise<Page> {
  const context = await running.browser.newContext({
    viewport: { width: 1024, height: 768 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${running.system.webUrl}${path}`);
  await page.waitForSelector('#login-username');
  return page;
}

async function submit(page: Page, password: string) {
  await page.fill('#login-username', 'reporter.login');
  await page.fill('#login-password', password);
  await page.click('form button[type="submit"]');
}

/** A sign-in the API refuses: done when the page shows why (the form is ready again). */
async function refusedSubmit(page: Page, password: string): Promise<string> {
  await submit(page, password);
  await page.locator('form button[type="submit"]:not([disabled])').waitFor({ timeout: 15_000 });
  await page.locator('#login-error').waitFor({ timeout: 15_000 });
  return (await page.locator('#login-error').textContent()) ?? '';
}

describe('signing in and out', () => {
  it('says a wrong password in words, and never keeps the session where a script could read it', async () => {
    const page = await loginPage('/login');
    expect(await refusedSubmit(page, 'not-the-password')).toContain('用户名或密码不正确');
    await submit(page, TEST_PASSWORD);
    await page.waitForURL(`${running.system.webUrl}/`, { timeout: 30_000, waitUntil: 'commit' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('atlas_session');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'atlas_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    await page.context().close();
  }, 60_000);

  it('goes back only to a page of this site, shows who is signed in, and signs out', async () => {
    const page = await loginPage(`/login?next=${encodeURIComponent('//evil.example/report')}`);
    await submit(page, TEST_PASSWORD);
    await page.waitForURL(`${running.system.webUrl}/`, { timeout: 30_000, waitUntil: 'commit' });
    const account = page.locator('[data-account="reporter.login"]');
    await account.waitFor({ timeout: 30_000 });
    expect(await account.textContent()).toContain('登录测试员（园区填报员）');
    expect(await account.locator('a').getAttribute('href')).toBe('/report');
    writeFileSync(new URL('map-signed-in-tablet.png', ARTIFACTS), await page.screenshot());
    await account.locator('button').click();
    await page.locator('[data-account="anonymous"]').waitFor({ timeout: 15_000 });
    await page.reload({ waitUntil: 'commit' });
    await page.locator('[data-account="anonymous"]').waitFor({ timeout: 30_000 });
    expect((await page.context().cookies()).some((c) => c.name === 'atlas_session' && c.value)).toBe(false);
    await page.context().close();
  }, 60_000);

  it('says how long to wait once sign-ins are throttled', async () => {
    const page = await loginPage('/login?lang=en');
    let text = '';
    // Five failures are free; then each attempt waits longer, and the page says for how long.
    for (let i = 0; i < 8 && !text.includes('Too many'); i += 1) {
      text = await refusedSubmit(page, `wrong-${i}`);
    }
    expect(text).toMatch(/^Too many attempts: try again in \d+ (s|min)$/);
    await page.context().close();
  }, 60_000);
});
