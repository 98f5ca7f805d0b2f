import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openMap as open } from './browser';
import { runningMap } from './running-map';

const running = runningMap();
const problems: string[] = [];

async function openMap(path = '', options: Parameters<typeof open>[2] = {}): Promise<Page> {
  const { page, watch } = await open(running.browser, `${running.system.webUrl}${path}`, options);
  page.on('close', () => problems.push(...watch.errors, ...watch.foreign.map((u) => `foreign: ${u}`)));
  return page;
}

const attribute = (page: Page, name: string) => page.locator('main.atlas').getAttribute(name);
const shot = async (page: Page, name: string) =>
  writeFileSync(new URL(name, ARTIFACTS), await page.screenshot());

interface ProjectNode {
  id: string;
  name: string;
  status: string;
  investmentYi: number;
  geometry: { type: string; coordinates: [number, number] };
  statusHistory: { status: string; changedOn: string }[];
  zone: { code: string };
}

async function allProjects(): Promise<ProjectNode[]> {
  const { data, errors } = await running.system.api.gql<{
    projects: { pageInfo: { hasNextPage: boolean }; edges: { node: ProjectNode }[] };
  }>(
    `{ projects(first: 400) { pageInfo { hasNextPage }
       edges { node { id name status investmentYi geometry zone { code } statusHistory { status changedOn } } } } }`,
  );
  expect(errors).toBeUndefined();
  // One page holds them all: the plan has 200 major projects.
  expect(data?.projects.pageInfo.hasNextPage).toBe(false);
  return data?.projects.edges.map((e) => e.node) ?? [];
}

describe('exploring the map', () => {
  it('gathers projects into bubbles at city scale and opens them as one zooms in', async () => {
    const page = await openMap();
    await expect.poll(() => attribute(page, 'data-project-bubbles').then(Number)).toBeGreaterThan(0);
    await shot(page, 'projects-clustered.png');
    await page.close();
    const near = await openMap('/?c=114.8258,34.0435&z=13');
    await expect.poll(() => attribute(near, 'data-project-bubbles').then(Number)).toBe(0);
    await near.close();
  });

  it('filters projects by status, zone and period, counting what the API holds', async () => {
    const projects = await allProjects();
    const page = await openMap();
    const count = () => page.locator('[data-project-count]').getAttribute('data-project-count').then(Number);
    await expect.poll(count).toBe(projects.length);
    await page.click('[data-status="STARTED"]');
    await expect.poll(count).toBe(projects.filter((p) => p.status === 'STARTED').length);
    // As of the end of 2014Q2: each project in the status it had reached by 30 June.
    await page.selectOption('[data-filter="period"]', '2014Q2');
    const statusByJune = (p: ProjectNode) =>
      p.statusHistory.filter((c) => c.changedOn <= '2014-06-30').at(-1)?.status;
    const startedByJune = projects.filter((p) => statusByJune(p) === 'STARTED').length;
    await expect.poll(count).toBe(startedByJune);
    expect(startedByJune).not.toBe(projects.filter((p) => p.status === 'STARTED').length);
    await page.click('[data-status="STARTED"]');
    await expect.poll(count).toBe(projects.filter((p) => statusByJune(p) !== undefined).length);
    await page.selectOption('[data-filter="zone"]', 'taikang');
    const inTaikang = projects.filter((p) => p.zone.code === 'taikang' && statusByJune(p) !== undefined);
    await expect.poll(count).toBe(inTaikang.length);
    expect(inTaikang.length).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toContain('period=2014Q2');
    expect(page.url()).toContain('in=taikang');
    await page.close();
  });

  it('colours the zones by the percent of a chosen target reached, with a legend for it', async () => {
    const page = await openMap();
    const options = await page
      .locator('[data-filter="choropleth"] option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    expect(options).toContain('new_leading_enterprises_or_projects');
    await page.selectOption('[data-filter="choropleth"]', 'new_leading_enterprises_or_projects');
    await expect.poll(() => attribute(page, 'data-choropleth')).toBe('new_leading_enterprises_or_projects');
    expect(await page.locator('.atlas-layers').textContent()).toContain('完成率');
    await page.waitForTimeout(300);
    await shot(page, 'choropleth.png');
    await page.close();
  });

  it('shows zone ↔ cluster membership as a matrix, the same as the API’s', async () => {
    const { data } = await running.system.api.gql<{
      clusters: { code: string; zones: { code: string }[] }[];
    }>('{ clusters { code zones { code } } }');
    const memberships = data?.clusters.reduce((n, c) => n + c.zones.length, 0) ?? 0;
    const page = await openMap();
    await page.click('[data-open="membership"]');
    const matrix = page.locator('section.atlas-matrix');
    await expect.poll(() => matrix.locator('td[data-member="true"]').count()).toBe(memberships);
    await matrix.locator('[data-matrix-cluster="textile"]').click();
    await expect
      .poll(() => attribute(page, 'data-highlighted-zones'))
      .toBe('扶沟县产业集聚区,太康县产业集聚区');
    await shot(page, 'membership-matrix.png');
    await page.close();
  });

  it('opens a project from a tap: investment, status history with dates, zone', async () => {
    const project = (await allProjects()).find(
      (p) => p.geometry.type === 'Point' && p.statusHistory.length >= 3,
    );
    expect(project).toBeDefined();
    if (!project) return;
    const [lng, lat] = project.geometry.coordinates;
    const page = await openMap(`/?c=${lng},${lat}&z=15`);
    await page.mouse.move(640, 400);
    await expect.poll(() => attribute(page, 'data-hovered')).toMatch(/^projects:/);
    await page.mouse.click(640, 400);
    const detail = page.locator('section[data-project]');
    await expect.poll(() => detail.getAttribute('data-project')).toBe(project.id);
    await expect.poll(() => detail.textContent()).toContain(project.name);
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('亿元');
    const [year, month, day] = (project.statusHistory.at(-1)?.changedOn ?? '').split('-').map(Number);
    expect(text).toContain(`${year}年${month}月${day}日`);
    await shot(page, 'project-detail.png');
    await page.close();
  });

  it('opens a relocation from a link: households and units started and completed', async () => {
    const { data } = await running.system.api.gql<{
      relocationSites: { id: string; households: number; unitsCompleted: number; communityName: string }[];
    }>('{ relocationSites { id households unitsCompleted communityName } }');
    const site = data?.relocationSites[0];
    expect(site).toBeDefined();
    if (!site) return;
    const page = await openMap(`/?relocation=${site.id}`);
    const detail = page.locator('section[data-relocation]');
    await expect.poll(() => detail.textContent()).toContain(site.communityName);
    expect(await detail.textContent()).toContain(String(site.households));
    await shot(page, 'relocation-detail.png');
    await page.close();
  });

  it('switches to English in one click, labels and numbers included, and keeps it in the link', async () => {
    const page = await openMap('/?zone=taikang');
    expect(await page.locator('.atlas-filters output').textContent()).toContain('亿元');
    await page.click('[data-locale-switch="en"]');
    await expect.poll(() => attribute(page, 'data-locale')).toBe('en');
    await expect.poll(() => page.locator('.atlas-filters output').textContent()).toMatch(/CNY [\d.,]+ bn/);
    expect(await page.locator('.atlas-layers').textContent()).toContain('Major projects');
    await expect.poll(() => page.locator('section.atlas-detail h2').textContent()).toMatch(/Taikang/);
    await expect.poll(() => page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    await page.waitForTimeout(300);
    await shot(page, 'english.png');
    await page.click('[data-locale-switch="zh"]');
    await expect.poll(() => attribute(page, 'data-locale')).toBe('zh');
    await page.close();
  });

  it('restores filters, language and the open project from a link', async () => {
    const project = (await allProjects())[0];
    const page = await openMap(`/?lang=en&status=STARTED,COMPLETED&project=${project?.id}`);
    expect(await attribute(page, 'data-locale')).toBe('en');
    expect(await page.locator('[data-status="STARTED"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-status="PLANNED"]').getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => page.locator('section[data-project]').getAttribute('data-project'))
      .toBe(project?.id);
    await page.close();
  });

  it('works by touch on a tablet: a tap chooses a cluster, another opens a zone', async () => {
    const page = await openMap('', {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    await page.tap('[data-cluster="textile"]');
    await expect
      .poll(() => attribute(page, 'data-highlighted-zones'))
      .toBe('扶沟县产业集聚区,太康县产业集聚区');
    await shot(page, 'tablet.png');
    await page.close();
    const zone = await openMap('/?c=114.8258,34.0335&z=12', {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    await zone.touchscreen.tap(512, 384);
    await expect.poll(() => zone.locator('section.atlas-detail').getAttribute('data-zone')).toBe('taikang');
    await zone.close();
  });

  it('raised no console error and sent no request to another host on any page', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
