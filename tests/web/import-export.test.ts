import { writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../api/harness';
import { axeViolations } from './axe';
import { ARTIFACTS, watchPage } from './browser';
import { gaussKrugerShapefileZip, prjOf, sheetRows, surveyedBoundary } from './import-export-files';
import { runningMap } from './running-map';

const running = runningMap();
const PLANNER = 'planner.import';
// The datum round trip: WGS 84 → GK (GDAL) → WGS 84 (the atlas) lands within this of the original.
const TOLERANCE_DEG = 1e-5;
// The survey the boundary comes from, as the file's `document` attribute names it.
const SURVEY = '周口市城乡规划局2015年实测红线图';

interface ZoneRow {
  code: string;
  name: string;
  bbox: number[];
  geometryProvenance: { kind: string };
  projects: { id: string; status: string }[];
}

let zone: ZoneRow;
let boundary: Polygon;
const problems: string[] = [];

beforeAll(async () => {
  const { data } = await running.system.api.gql<{ zones: ZoneRow[] }>(
    '{ zones { code name bbox geometryProvenance { kind } projects { id status } } }',
  );
  // A zone still drawn as a schematic square, with projects to export afterwards.
  const chosen = data?.zones.find(
    (z) => z.geometryProvenance.kind === 'APPROXIMATE' && z.projects.length > 1,
  );
  if (!chosen) throw new Error('no schematic zone with projects in the seed');
  zone = chosen;
  boundary = surveyedBoundary(zone.bbox);
  await createTestUser(running.system.api.atlas, {
    username: PLANNER,
    displayName: '规划科测绘员',
    role: 'planner',
  });
}, 60_000);

/** A browser of its own, signed in through the login page as the planner, at `next`. */
async function signedIn(next: string): Promise<Page> {
  const context = await running.browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  // The API's refusal of a broken file is an answer the page shows, not a fault (Chromium's console
  // line for it names no address; any other 4xx is still caught by its response, which does).
  const refusal = (e: string) =>
    /^4\d\d .*\/import\/\w+\?/.test(e) || /^Failed to load resource: .* status of 4\d\d/.test(e);
  page.on('close', () => problems.push(...watch.errors.filter((e) => !refusal(e)), ...watch.foreign));
  await page.goto(`${running.system.webUrl}/login?next=${encodeURIComponent(next)}`);
  await page.fill('#login-username', PLANNER);
  await page.fill('#login-password', TEST_PASSWORD);
  await page.click('form button[type="submit"]');
  await page.waitForURL((url) => `${url.pathname}${url.search}` === next, {
    timeout: 30_000,
    waitUntil: 'commit',
  });
  return page;
}

/**
 * The positions of a (multi)polygon's first outer ring without its closing repeat: the atlas keeps a
 * zone's footprint as a MultiPolygon of one part.
 */
function outerRing(geometry: Polygon | MultiPolygon | null | undefined): Position[] {
  const ring = geometry?.type === 'MultiPolygon' ? geometry.coordinates[0]?.[0] : geometry?.coordinates[0];
  return (ring ?? []).slice(0, -1);
}

/** How far (in degrees, the larger of the two axes) the farthest original vertex is from its nearest in `got`. */
function worstVertexGap(original: Position[], got: Position[]): number {
  return Math.max(
    ...original.map(([x = 0, y = 0]) =>
      Math.min(...got.map(([gx = 0, gy = 0]) => Math.max(Math.abs(gx - x), Math.abs(gy - y)))),
    ),
  );
}

describe('a planner brings a surveyed zone boundary in and takes the view out', () => {
  it('sends a visitor to sign in first, and back to /import afterwards', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.webUrl}/import`);
    await page.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe('/import');
    await page.close();
  });

  it('says so when the API refuses a file (a zip entry outside the zip), and offers nothing to commit', async () => {
    const page = await signedIn('/import');
    await page.waitForSelector('[data-import-state="idle"]', { timeout: 30_000 });
    // A zip whose entry climbs out of it: refused before anything is extracted.
    const climbing = zipSync({
      '../../escape.shp': new Uint8Array([1, 2, 3]),
      'escape.dbf': new Uint8Array([1]),
    });
    await page.setInputFiles('[data-import-file]', {
      name: 'survey.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(climbing),
    });
    const refusal = page.locator('[data-refusal]');
    await refusal.waitFor({ timeout: 60_000 });
    expect(await refusal.getAttribute('data-refusal')).toBe('FILE_REFUSED');
    expect(await refusal.textContent()).toMatch(/文件被拒绝：.+ \/ .+/);
    expect(await page.locator('[data-import-commit]').count()).toBe(0);
    await page.close();
  });

  it('drops a GK Shapefile, reads EPSG:4547 from its .prj, previews it in place, and commits it', async () => {
    const zip = gaussKrugerShapefileZip(boundary, { code: zone.code, name: zone.name, document: SURVEY });
    // The file is what it claims: projected CGCS2000 on the 114°E meridian, metres, not degrees.
    expect(prjOf(zip)).toMatch(/CGCS.?2000.*3.?Degree.*114|CGCS.?2000.*CM.?114/i);

    const page = await signedIn('/import');
    await page.waitForSelector('[data-import-state="idle"]', { timeout: 30_000 });
    await page.selectOption('[data-import-layer]', 'zones');
    expect(await page.inputValue('[data-import-datum]')).toBe('auto');
    const dryRun = page.waitForResponse(
      (r) => r.url().includes('/import/zones') && r.request().method() === 'POST',
      { timeout: 60_000 },
    );
    await page.setInputFiles('[data-import-file]', {
      name: 'zone-survey.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    const answer = await dryRun;
    expect(answer.status()).toBe(200);
    const report = (await answer.json()) as {
      dryRun: boolean;
      rows: number;
      updated: number;
      errors: unknown[];
      datum: { used: string; from: string };
      preview: { features: Feature<Polygon | MultiPolygon | null, { action: string }>[] };
    };
    expect(report.dryRun).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.rows).toBe(1);
    expect(report.updated).toBe(1);

    // The page says the datum came from the file, and which.
    const section = page.locator('section.import-report');
    await expect.poll(() => section.getAttribute('data-datum-from'), { timeout: 30_000 }).toBe('file');
    expect(await section.getAttribute('data-datum-used')).toContain('4547');
    expect(await section.locator('[data-datum]').textContent()).toContain('4547');
    expect(await section.locator('[data-datum]').textContent()).toContain('从文件识别');

    // The preview's polygon lies where the WGS 84 original was, vertex by vertex.
    const previewed = report.preview.features[0];
    expect(previewed?.properties.action).toBe('update');
    const original = outerRing(boundary);
    const got = outerRing(previewed?.geometry);
    expect(got).toHaveLength(original.length);
    expect(worstVertexGap(original, got)).toBeLessThan(TOLERANCE_DEG);

    // … and the map on the page holds it there and draws it.
    const preview = page.locator('.import-preview');
    await expect.poll(() => preview.getAttribute('data-preview-features'), { timeout: 30_000 }).toBe('1');
    const extent = ((await preview.getAttribute('data-preview-extent')) ?? '').split(',').map(Number);
    const xs = original.map((p) => p[0] as number);
    const ys = original.map((p) => p[1] as number);
    const expected = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    expect(extent).toHaveLength(4);
    extent.forEach((v, i) => {
      expect(Math.abs(v - (expected[i] as number))).toBeLessThan(TOLERANCE_DEG);
    });
    expect(Number(await preview.getAttribute('data-preview-rendered'))).toBeGreaterThan(0);
    writeFileSync(new URL('import-preview.png', ARTIFACTS), await page.screenshot({ fullPage: true }));

    expect(await axeViolations(page)).toEqual([]);

    const commit = page.locator('[data-import-commit]');
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await page.waitForSelector('[data-committed]', { timeout: 60_000 });

    const { data } = await running.system.api.gql<{
      zone: {
        geometryProvenance: { kind: string; citation: string | null };
        geometry: Polygon | MultiPolygon;
      };
    }>('query($code: ID!) { zone(code: $code) { geometryProvenance { kind citation } geometry } }', {
      code: zone.code,
    });
    expect(data?.zone.geometryProvenance.kind).toBe('SURVEYED');
    expect(data?.zone.geometryProvenance.citation).toContain(SURVEY);
    expect(worstVertexGap(original, outerRing(data?.zone.geometry))).toBeLessThan(TOLERANCE_DEG);
    await page.close();
  });

  it('redraws the zone from its survey: the map’s panel says 实测, no longer 示意', async () => {
    const page = await signedIn(`/?zone=${zone.code}`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const panel = page.locator('section.atlas-detail');
    await expect.poll(() => panel.getAttribute('data-zone'), { timeout: 30_000 }).toBe(zone.code);
    await expect
      .poll(() => panel.locator('p.source').textContent(), { timeout: 30_000 })
      .toContain('范围：实测');
    expect(await panel.locator('p.source').textContent()).not.toContain('示意');
    await page.close();
  });

  it('exports the view the map shows, with its filters, as an XLSX with Chinese headers', async () => {
    // The zone's commonest status: the map filtered to the zone's projects in that state.
    const counts = new Map<string, number>();
    for (const p of zone.projects) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    const status = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const [west = 0, south = 0, east = 0, north = 0] = zone.bbox;
    const centre = `${((west + east) / 2).toFixed(4)},${((south + north) / 2).toFixed(4)}`;
    const page = await signedIn(`/?c=${centre}&z=11&in=${zone.code}&status=${status}`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    await expect.poll(() => page.locator('main.atlas').getAttribute('data-view')).not.toBe('');

    await page.click('[data-export-toggle]');
    const menu = page.locator('#atlas-export-menu');
    await menu.waitFor();
    expect(await page.locator('[data-export-toggle]').getAttribute('aria-expanded')).toBe('true');
    expect(await menu.locator('[data-export-layer="projects"]').isChecked()).toBe(true);
    expect(await menu.locator('[data-export-format="xlsx"]').isChecked()).toBe(true);
    writeFileSync(new URL('export-menu.png', ARTIFACTS), await page.screenshot());
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      menu.locator('[data-export-download]').click(),
    ]);
    const asked = new URL(download.url());
    expect(asked.pathname).toBe('/export/projects.xlsx');
    expect(asked.searchParams.get('zone')).toBe(zone.code);
    expect(asked.searchParams.get('status')).toBe(status);
    expect(asked.searchParams.get('lang')).toBe('zh');
    const bbox = (asked.searchParams.get('bbox') ?? '').split(',').map(Number);
    expect(bbox).toHaveLength(4);
    // The map's bounds: around the centre it was opened on.
    const [cx = 0, cy = 0] = centre.split(',').map(Number);
    expect(bbox[0]).toBeLessThan(cx);
    expect(bbox[2]).toBeGreaterThan(cx);
    expect(bbox[1]).toBeLessThan(cy);
    expect(bbox[3]).toBeGreaterThan(cy);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();

    const { data, errors } = await running.system.api.gql<{
      projects: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      `query($zone: ID!, $status: ProjectStatus!, $bbox: [Float!]!) {
         projects(first: 1000, filter: { zoneCode: $zone, statuses: [$status], spatial: { bbox: $bbox } }) {
           edges { node { id name } } pageInfo { hasNextPage }
         }
       }`,
      { zone: zone.code, status, bbox },
    );
    expect(errors).toBeUndefined();
    expect(data?.projects.pageInfo.hasNextPage).toBe(false);
    const expected = data?.projects.edges.map((e) => e.node) ?? [];
    expect(expected.length).toBeGreaterThan(0);

    const { rows } = await sheetRows(path);
    const [header = [], ...body] = rows;
    // Chinese headers by default, provenance among the columns.
    expect(header.length).toBeGreaterThan(3);
    expect(header.some((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
    expect(header).toContain('名称');
    expect(header.some((h) => /来源/.test(h))).toBe(true);
    expect(body).toHaveLength(expected.length);
    const cells = new Set(body.flat());
    expect(expected.filter((p) => !cells.has(p.name)).map((p) => p.name)).toEqual([]);
    await page.close();
  });

  it('left no console error or request to another host', () => {
    expect(problems).toEqual([]);
  });
});
