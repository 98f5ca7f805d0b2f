import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../api/harness';
import { axeViolations } from './axe';
import { ARTIFACTS, watchPage } from './browser';
import { runningMap } from './running-map';

const running = runningMap();
const MONTH = '2014-09';
const ZONE_INVESTMENT_WAN = 123_400;
// Another zone's figure, in a draft the reporter must never see.
const OTHER_ZONE_SECRET_WAN = 987_654;

interface ZoneRow {
  code: string;
  projects: { id: string; name: string; status: string; statusHistory: { changedOn: string }[] }[];
}

const NEXT_STATUS: Record<string, string> = {
  PLANNED: 'SIGNED',
  SIGNED: 'STARTED',
  STARTED: 'COMPLETED',
  COMPLETED: 'IN_PRODUCTION',
};

let zone: string;
let other: string;
let project: ZoneRow['projects'][number];
const problems: string[] = [];

beforeAll(async () => {
  const { data } = await running.system.api.gql<{ zones: ZoneRow[] }>(
    '{ zones { code projects { id name status statusHistory { changedOn } } } }',
  );
  // A zone with a project that can still move forward in September 2014 (nothing dated after it).
  const movable = (p: ZoneRow['projects'][number]) =>
    NEXT_STATUS[p.status] !== undefined && p.statusHistory.every((h) => h.changedOn < `${MONTH}-01`);
  const chosen = data?.zones.find((z) => z.projects.some(movable));
  if (!chosen) throw new Error('no zone has a project that can move forward in September 2014');
  zone = chosen.code;
  project = chosen.projects.find(movable) as ZoneRow['projects'][number];
  other = data?.zones.find((z) => z.code !== zone)?.code as string;
  await createTestUser(running.system.api.atlas, {
    username: 'reporter.workflow',
    displayName: '园区填报员甲',
    role: 'zone_reporter',
    zoneCode: zone,
  });
  await createTestUser(running.system.api.atlas, {
    username: 'planner.workflow',
    displayName: '发改委审核员',
    role: 'planner',
  });
  // The other zone has a September draft of its own.
  const token = await running.system.api.signIn({
    username: 'reporter.other',
    role: 'zone_reporter',
    zoneCode: other,
  });
  const draft = await running.system.api.gql(
    `mutation($input: MonthlyReportInput!) { saveMonthlyReport(input: $input) { id } }`,
    {
      input: {
        zoneCode: other,
        month: MONTH,
        fixedAssetInvestmentWan: OTHER_ZONE_SECRET_WAN,
        projects: [],
        nodes: [],
        works: [],
      },
    },
    token,
  );
  expect(draft.errors).toBeUndefined();
}, 60_000);

interface Figures {
  planTargets: { metric: string; actual: number | null }[];
  progressReports: { metric: string; zoneCode: string | null; value: number }[];
  monthlyReports: { month: string; demo: boolean; fixedAssetInvestmentWan: number | null }[];
}

/** The city's 2014 investment target's actual, and the zone's year so far through September. */
async function figures() {
  const { data, errors } = await running.system.api.gql<Figures>(
    `query($zone: ID!) {
       planTargets(year: 2014) { metric actual }
       progressReports(period: "2014M09") { metric zoneCode value }
       monthlyReports(zoneCode: $zone, status: ACCEPTED) { month demo fixedAssetInvestmentWan }
     }`,
    { zone },
  );
  expect(errors).toBeUndefined();
  return {
    city: data?.planTargets.find((t) => t.metric === 'fixed_asset_investment')?.actual,
    zoneSoFarYi: data?.progressReports.find(
      (r) => r.metric === 'fixed_asset_investment' && r.zoneCode === zone,
    )?.value,
    // Once a zone reports for real, its demo months no longer count towards its actuals.
    acceptedWan: (data?.monthlyReports ?? [])
      .filter((r) => r.month.startsWith('2014-') && !r.demo)
      .reduce((sum, r) => sum + (r.fixedAssetInvestmentWan ?? 0), 0),
  };
}

/** A browser of its own (its own cookies), signed in through the login page, at `next`. */
async function signedIn(username: string, next: string, viewport = { width: 1024, height: 768 }) {
  const context = await running.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const watch = watchPage(page);
  page.on('close', () => problems.push(...watch.errors.filter((e) => !e.includes('400')), ...watch.foreign));
  await page.goto(`${running.system.webUrl}/login?next=${encodeURIComponent(next)}`);
  await page.fill('#login-username', username);
  await page.fill('#login-password', TEST_PASSWORD);
  await page.click('form button[type="submit"]');
  await page.waitForURL((url) => `${url.pathname}${url.search}` === next, {
    timeout: 30_000,
    waitUntil: 'commit',
  });
  return { context, page };
}

const field = (page: Page, row: string, name: string) =>
  page.locator(`[data-row="${row}"] [data-field="${name}"]`);
const sheetStatus = (page: Page) => page.locator('.report-sheet').getAttribute('data-report-status');

async function openReport(page: Page, path: string) {
  await page.goto(`${running.system.webUrl}${path}`);
  await page.waitForSelector('.report-sheet, [data-refused]', { timeout: 30_000 });
}

describe('the monthly report from zone to meeting', () => {
  let reporter: { context: BrowserContext; page: Page };
  let planner: { context: BrowserContext; page: Page };

  it('a zone reporter fills in September; a refusal is shown beside its field; then it is submitted', async () => {
    reporter = await signedIn('reporter.workflow', `/report?month=${MONTH}`);
    const { page } = reporter;
    await page.waitForSelector('.report-sheet', { timeout: 30_000 });
    expect(await page.locator('.report-zone').getAttribute('data-zone')).toBe(zone);
    // The deadline (5 October 2014) is long past and nothing is sent: missing, and late.
    const status = await page.locator('.report-status').textContent();
    expect(status).toContain('报送截止：2014年10月5日');
    expect(status).toContain('未报');
    expect(status).toContain('逾期');

    await page.fill('#f-zone-fixedAssetInvestmentWan', String(ZONE_INVESTMENT_WAN));
    await page.fill('#f-zone-mainBusinessRevenueWan', '56000');
    const row = `project:${project.id}`;
    await field(page, row, 'investmentWan').locator('input').fill('-5');
    await field(page, row, 'status')
      .locator('select')
      .selectOption(NEXT_STATUS[project.status] as string);
    await field(page, row, 'statusChangedOn').locator('input').fill(`${MONTH}-15`);
    await page.click('[data-action="submit"]');

    // The API refuses a negative month: the words beside the field, a summary at the top, focus on it.
    const problem = field(page, row, 'investmentWan').locator('.report-field-problems');
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toContain('不能为负');
    expect(await field(page, row, 'investmentWan').locator('input').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('report-summary')))
      .toBe(true);
    expect(Number(await page.locator('.report-summary').getAttribute('data-problems'))).toBeGreaterThan(0);
    writeFileSync(new URL('report-refused-tablet.png', ARTIFACTS), await page.screenshot());

    await field(page, row, 'investmentWan').locator('input').fill('1500');
    await page.click('[data-action="submit"]');
    await expect.poll(() => sheetStatus(page), { timeout: 15_000 }).toBe('SUBMITTED');
    expect(await page.locator('.report-status').textContent()).toContain('已报送');
    expect(await page.locator('.report-late').count()).toBe(1);
    // Submitted: nothing can be changed until a planner returns it.
    expect(await page.locator('#f-zone-fixedAssetInvestmentWan').isDisabled()).toBe(true);
  }, 120_000);

  it('a planner returns it with a reason, which the reporter reads, fixes and submits again', async () => {
    planner = await signedIn('planner.workflow', `/report?month=${MONTH}`, { width: 1280, height: 800 });
    const { page } = planner;
    await page.waitForSelector(`.report-board tr[data-zone="${zone}"]`, { timeout: 30_000 });
    await page.click(`.report-board tr[data-zone="${zone}"] a`);
    await page.waitForSelector('.report-review', { timeout: 30_000 });
    writeFileSync(new URL('report-review-desktop.png', ARTIFACTS), await page.screenshot({ fullPage: true }));
    await page.fill('#review-reason', '本月投资与统计局数据不符，请核实');
    await page.click('[data-action="return"]');
    await expect.poll(() => sheetStatus(page), { timeout: 15_000 }).toBe('RETURNED');

    const mine = reporter.page;
    await openReport(mine, `/report?month=${MONTH}`);
    expect(await mine.locator('[data-return-reason]').textContent()).toContain('本月投资与统计局数据不符');
    await field(mine, `project:${project.id}`, 'investmentWan').locator('input').fill('1600');
    await mine.click('[data-action="submit"]');
    await expect.poll(() => sheetStatus(mine), { timeout: 15_000 }).toBe('SUBMITTED');
  }, 120_000);

  it('the planner accepts it, and the map, planTargets and the meeting show the new figures', async () => {
    const before = await figures();
    // Submitted, not yet accepted: September counts for nothing.
    expect(before.zoneSoFarYi).toBeUndefined();
    const { page } = planner;
    await openReport(page, `/report?month=${MONTH}&zone=${zone}`);
    await page.click('[data-action="accept"]');
    await expect.poll(() => sheetStatus(page), { timeout: 15_000 }).toBe('ACCEPTED');

    // The zone's year so far is its real accepted months (September, as entered) in 亿元, its demo
    // January–August no longer standing behind it; the city's 2014 investment target moves with it.
    const after = await figures();
    expect(after.acceptedWan - before.acceptedWan).toBeCloseTo(ZONE_INVESTMENT_WAN, 2);
    expect(after.zoneSoFarYi).toBeCloseTo(after.acceptedWan / 10_000, 4);
    expect(after.city).not.toBe(before.city);

    // The map's zone panel: the accepted September report's figure.
    await page.goto(`${running.system.webUrl}/?zone=${zone}`);
    const reported = page.locator(`section[data-zone="${zone}"] [data-zone-report="${MONTH}"]`);
    await reported.waitFor({ timeout: 30_000 });
    expect(await reported.textContent()).toContain(`${ZONE_INVESTMENT_WAN}万元`);

    // The project panel's history: the accepted report moved the project on, in the planner's view.
    await page.goto(`${running.system.webUrl}/?project=${encodeURIComponent(project.id)}`);
    const history = page.locator('details[data-history="project"]');
    await history.locator('summary').click({ timeout: 30_000 });
    await expect
      .poll(() => history.locator('li').allTextContents(), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining(`status: ${project.status} → ${NEXT_STATUS[project.status]}`),
        ]),
      );
  }, 120_000);

  it('shows the accepted month on the meeting screen', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${running.system.webUrl}/meeting?month=${MONTH}`);
    const row = page.locator(`.meeting-board li[data-zone="${zone}"]`);
    await row.waitFor({ timeout: 30_000 });
    // Accepted, first submitted long after 5 October 2014: late, not missing.
    expect(await row.getAttribute('data-state')).toBe('LATE');
    const { data } = await running.system.api.gql<{
      reportingBoard: { zone: { code: string }; state: string; report: { status: string } | null }[];
    }>('query($month: String!) { reportingBoard(month: $month) { zone { code } state report { status } } }', {
      month: MONTH,
    });
    expect(data?.reportingBoard.find((r) => r.zone.code === zone)?.report?.status).toBe('ACCEPTED');
    await page.close();
  }, 60_000);

  it('refuses the reporter another zone’s report, and shows none of its figures', async () => {
    const { page } = reporter;
    await openReport(page, `/report?month=${MONTH}&zone=${other}`);
    const refusal = page.locator('[data-refused="forbidden"]');
    expect(await refusal.textContent()).toContain('无权查看其他园区的月报');
    expect(await page.locator('.report-sheet').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(String(OTHER_ZONE_SECRET_WAN));
  }, 60_000);

  it('has no serious or critical accessibility issue on the login page and the report form', async () => {
    const anonymous = await running.browser.newPage({ viewport: { width: 1024, height: 768 } });
    await anonymous.goto(`${running.system.webUrl}/login`);
    await anonymous.waitForSelector('#login-username');
    expect(await axeViolations(anonymous)).toEqual([]);
    await anonymous.close();
    const { page } = reporter;
    await openReport(page, `/report?month=${MONTH}`);
    expect(await axeViolations(page)).toEqual([]);
    await reporter.context.close();
    await planner.context.close();
    // The refusals on the way (400 answers) are the API's; nothing else went wrong on the pages.
    expect(problems).toEqual([]);
  }, 60_000);
});
