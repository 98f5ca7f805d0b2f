import type { AddressInfo } from 'node:net';
import { createAtlasServer, readApiEnv } from '@atlas/api';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Download, download, downloadFolder, ogrinfo, ogrLayers, outsideReading } from './export-files';
import { type ApiHarness, startApi, TOKENS } from './harness';

let api: ApiHarness;
let folder: { dir: string; remove: () => Promise<void> };
let n = 0;

/** A formula a spreadsheet would run if the CSV did not make it text. */
const FORMULA_NAME = '=HYPERLINK("http://example.invalid","点击")';

beforeAll(async () => {
  [api, folder] = await Promise.all([startApi(), downloadFolder()]);
  // One project renamed before any export, as a planner could have typed it.
  await api.atlas.db.execute(
    sql`UPDATE projects SET name = ${FORMULA_NAME} WHERE id = (SELECT id FROM projects WHERE zone_code = 'taikang' ORDER BY id LIMIT 1)`,
  );
});
afterAll(async () => {
  await api?.stop();
  await folder?.remove();
});

const get = (pathAndQuery: string, token?: string) => {
  // GDAL knows a file by its extension: the query goes before it in the saved name.
  const [path = '', query = ''] = pathAndQuery.split('?');
  const file = path.replace('/export/', '');
  const dot = file.indexOf('.');
  const name = `${n++}-${file.slice(0, dot)}-${query.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 60)}${file.slice(dot)}`;
  return download(`${api.url}${pathAndQuery}`, folder.dir, name, token);
};

async function graphql<T>(query: string, token = TOKENS.planner): Promise<T> {
  const answer = await api.gql<T>(query, undefined, token);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

/** Sums GDAL's feature counts over the file's layers (a Shapefile zip has one per geometry family). */
async function outsideCount(
  file: Download,
  format: string,
): Promise<{ total: number; layers: ReturnType<typeof ogrLayers> }> {
  const { source, options } = outsideReading(file, format);
  const layers = ogrLayers(await ogrinfo(source, options));
  return { total: layers.reduce((sum, l) => sum + l.count, 0), layers };
}

/** What GraphQL counts for the same layer and filter: the expected feature count of each export. */
async function graphqlCounts() {
  const d = await graphql<Record<string, unknown[]> & { projects: { totalCount: number } }>(`{
    counties { adcode } zones { code } projects(first: 0) { totalCount } roadLinks { id }
    gridProjects { id } facilities { id } relocationSites { id } housingProjects { id }
    planTargets(year: 2014) { id } monthlyReports { id }
  }`);
  const ranking = await graphql<{ inspectionRanking: { zones: unknown[] } }>(
    '{ inspectionRanking(period: "latest") { zones { zoneCode } } }',
  );
  return {
    counties: d.counties?.length,
    zones: d.zones?.length,
    projects: d.projects.totalCount,
    roadLinks: d.roadLinks?.length,
    gridProjects: d.gridProjects?.length,
    facilities: d.facilities?.length,
    relocationSites: d.relocationSites?.length,
    housingProjects: d.housingProjects?.length,
    planTargets: d.planTargets?.length,
    inspectionRanking: ranking.inspectionRanking.zones.length,
    monthlyReports: d.monthlyReports?.length,
  } as Record<string, number>;
}

/** Every layer at least once, every format several times; planners see every monthly report. */
const MATRIX: { layer: string; format: string; query?: string }[] = [
  { layer: 'counties', format: 'shp.zip' },
  { layer: 'zones', format: 'xlsx' },
  { layer: 'zones', format: 'shp.zip' },
  { layer: 'projects', format: 'geojson' },
  { layer: 'projects', format: 'csv' },
  { layer: 'projects', format: 'xlsx' },
  { layer: 'projects', format: 'shp.zip' },
  { layer: 'roadLinks', format: 'shp.zip' },
  { layer: 'gridProjects', format: 'csv' },
  { layer: 'gridProjects', format: 'shp.zip' },
  { layer: 'facilities', format: 'geojson' },
  { layer: 'relocationSites', format: 'xlsx' },
  { layer: 'housingProjects', format: 'csv' },
  { layer: 'planTargets', format: 'xlsx', query: 'period=2014' },
  { layer: 'planTargets', format: 'shp.zip', query: 'period=2014' },
  { layer: 'inspectionRanking', format: 'csv' },
  { layer: 'monthlyReports', format: 'geojson' },
];

describe('every layer in every format, read back by GDAL', () => {
  it('has as many features as GraphQL lists, with the right types and headers', async () => {
    const expected = await graphqlCounts();
    const files = await Promise.all(
      MATRIX.map((m) => get(`/export/${m.layer}.${m.format}${m.query ? `?${m.query}` : ''}`, TOKENS.planner)),
    );
    for (const [i, file] of files.entries()) expect(file.status, MATRIX[i]?.layer).toBe(200);
    const counts = await Promise.all(files.map((file, i) => outsideCount(file, MATRIX[i]?.format as string)));
    const seen = MATRIX.map((m, i) => ({ ...m, count: counts[i]?.total }));
    expect(seen).toEqual(MATRIX.map((m) => ({ ...m, count: expected[m.layer] })));
    for (const layer of Object.keys(expected)) expect(expected[layer], layer).toBeGreaterThan(0);

    const media = Object.fromEntries(MATRIX.map((m, i) => [m.format, files[i]?.headers.get('content-type')]));
    expect(media).toEqual({
      geojson: 'application/geo+json',
      csv: 'text/csv; charset=utf-8',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'shp.zip': 'application/zip',
    });
    expect(files[0]?.headers.get('content-disposition')).toMatch(
      /^attachment; filename="counties-\d{4}-\d{2}-\d{2}\.shp\.zip"; filename\*=UTF-8''counties-\d{4}-\d{2}-\d{2}\.shp\.zip$/,
    );

    // Projects mix points and polygons: one Shapefile per family, with its geometry type.
    const projectShp = counts[MATRIX.findIndex((m) => m.layer === 'projects' && m.format === 'shp.zip')];
    expect(projectShp?.layers.map((l) => [l.name, l.geometry])).toEqual([
      ['projects_points', 'Point'],
      ['projects_polygons', 'Polygon'],
    ]);
    const roadShp = counts[MATRIX.findIndex((m) => m.layer === 'roadLinks')];
    expect(roadShp?.layers.map((l) => l.geometry)).toEqual(['Line String']);
  });

  it('keeps Chinese names and provenance readable in the Shapefile, with .prj, .cpg and the name table', async () => {
    const zones = await graphql<{ zones: { code: string; name: string }[] }>('{ zones { code name } }');
    const file = await get('/export/zones.shp.zip');
    const entries = Object.keys(unzipSync(file.bytes)).sort();
    expect(entries).toEqual(
      ['fields.csv', ...['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `zones_polygons.${e}`)].sort(),
    );
    const text = await ogrinfo(`/vsizip/${file.path}`, [], false);
    for (const zone of zones.zones) expect(text).toContain(`name (String) = ${zone.name}`);
    expect(text).toMatch(/sourceKind \(String\) = (PLAN_TEXT|PUBLIC_SOURCE|APPROXIMATE|SURVEYED|DEMO)/);
    expect(text).toMatch(/sourceCita \(String\) = \S/);
    expect(text).toMatch(/GEOGCRS\["WGS 84"/);
    const fields = new TextDecoder().decode(unzipSync(file.bytes)['fields.csv']);
    expect(fields).toContain('sourceCita,sourceCitation,来源,Source,string');
  });

  it('writes CSV with a BOM, Chinese headers by default and a formula made text', async () => {
    const [zh, en] = await Promise.all([
      get('/export/projects.csv?zone=taikang'),
      get('/export/projects.csv?zone=taikang&lang=en'),
    ]);
    expect([...zh.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = zh.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF编号,名称,园区代码,产业集群代码,总投资\(亿元\),状态,/);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""点击"")"`);
    expect(en.bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFID,Name,Zone code,/);
    // GDAL reads the escaped cell back as text, the apostrophe first.
    const read = await ogrinfo(zh.path, ['X_POSSIBLE_NAMES=lng', 'Y_POSSIBLE_NAMES=lat'], false);
    expect(read).toContain(`名称 (String) = '=HYPERLINK("http://example.invalid","点击")`);
  });
});

describe('filters narrow as the GraphQL lists do', () => {
  it('takes zone, status and bbox as GraphQL does', async () => {
    const bbox = [114.5, 33.4, 115.2, 34.0];
    const gq = await graphql<{
      a: { totalCount: number; edges: { node: { id: string } }[] };
      b: { totalCount: number; edges: { node: { id: string } }[] };
      grid: { id: string }[];
    }>(`{
      a: projects(filter: { zoneCode: "taikang", statuses: [STARTED, COMPLETED] }, first: 1000) { totalCount edges { node { id } } }
      b: projects(filter: { spatial: { bbox: [${bbox}] } }, first: 1000) { totalCount edges { node { id } } }
      grid: gridProjects(status: UNDER_CONSTRUCTION) { id }
    }`);
    const [a, b, grid] = await Promise.all([
      get('/export/projects.geojson?zone=taikang&status=STARTED,COMPLETED'),
      get(`/export/projects.geojson?bbox=${bbox.join(',')}`),
      get('/export/gridProjects.geojson?status=UNDER_CONSTRUCTION'),
    ]);
    const ids = (file: Download) =>
      (JSON.parse(file.bytes.toString('utf8')) as { features: { id: string }[] }).features
        .map((f) => f.id)
        .sort();
    expect(ids(a)).toEqual(gq.a.edges.map((e) => e.node.id).sort());
    expect(ids(b)).toEqual(gq.b.edges.map((e) => e.node.id).sort());
    expect(ids(grid)).toEqual(gq.grid.map((g) => g.id).sort());
    expect(gq.b.totalCount).toBeGreaterThan(0);
    expect(gq.b.totalCount).toBeLessThan((await graphqlCounts()).projects as number);
  });

  it('shows monthly reports to each caller as GraphQL does: drafts only to those who may read them', async () => {
    await api.atlas.db.execute(
      sql`INSERT INTO monthly_reports (zone_code, month, status, created_by) VALUES ('taikang', '2015-01', 'DRAFT', 'export test')`,
    );
    const asPlanner = await graphql<{ monthlyReports: { id: string }[] }>('{ monthlyReports { id } }');
    const asAnyone = (
      await api.gql<{ monthlyReports: { id: string; status: string }[] }>('{ monthlyReports { id status } }')
    ).data as { monthlyReports: { id: string; status: string }[] };
    expect(asAnyone.monthlyReports.every((r) => r.status === 'ACCEPTED')).toBe(true);
    expect(asAnyone.monthlyReports.length).toBeLessThan(asPlanner.monthlyReports.length);
    const [planner, anyone] = await Promise.all([
      get('/export/monthlyReports.geojson', TOKENS.planner),
      get('/export/monthlyReports.geojson'),
    ]);
    const ids = (file: Download) =>
      (JSON.parse(file.bytes.toString('utf8')) as { features: { id: string }[] }).features
        .map((f) => String(f.id))
        .sort();
    expect(ids(planner)).toEqual(asPlanner.monthlyReports.map((r) => String(r.id)).sort());
    expect(ids(anyone)).toEqual(asAnyone.monthlyReports.map((r) => String(r.id)).sort());
  });
});

describe('refusals', () => {
  it('answers 404 naming the layers or formats, and 400 for a filter a layer cannot take', async () => {
    const [layer, format, filter, bbox, param] = await Promise.all([
      fetch(`${api.url}/export/parks.csv`),
      fetch(`${api.url}/export/zones.kml`),
      fetch(`${api.url}/export/counties.csv?status=STARTED`),
      fetch(`${api.url}/export/projects.csv?bbox=1,2,3`),
      fetch(`${api.url}/export/projects.csv?zoneCode=taikang`),
    ]);
    expect(layer.status).toBe(404);
    expect(((await layer.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain(
      'roadLinks, gridProjects',
    );
    expect(format.status).toBe(404);
    expect(((await format.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain(
      'geojson, csv, xlsx, shp.zip',
    );
    expect(filter.status).toBe(400);
    expect(((await filter.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /^图层 counties 不能按状态\(status\)筛选.* \/ layer counties cannot be filtered by status/,
    );
    expect(bbox.status).toBe(400);
    expect(param.status).toBe(400);
  });

  it('refuses an unknown bearer token, and anonymous readers where public reading is off', async () => {
    const unknown = await fetch(`${api.url}/export/zones.csv`, { headers: { authorization: 'Bearer nope' } });
    expect(unknown.status).toBe(401);
    // A second server over the same database, closed to anonymous readers: no second seed to wait for.
    const closed = await createAtlasServer(
      api.atlas,
      readApiEnv({
        ATLAS_API_TOKENS: `planner:${TOKENS.planner}`,
        ATLAS_PUBLIC_READ: 'off',
        NODE_ENV: 'production',
      }),
      pino({ level: 'silent' }),
    );
    await new Promise<void>((resolve) => closed.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.server.address() as AddressInfo).port}`;
    try {
      const [anonymous, planner] = await Promise.all([
        fetch(`${url}/export/zones.geojson`),
        fetch(`${url}/export/zones.geojson`, { headers: { authorization: `Bearer ${TOKENS.planner}` } }),
      ]);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
        /^本站须登录/,
      );
      expect(planner.status).toBe(200);
    } finally {
      await closed.stop();
    }
  });

  it('serves an unchanged layer from the cache, per caller and data version', async () => {
    const first = await get('/export/zones.xlsx?lang=en', TOKENS.viewer);
    const second = await get('/export/zones.xlsx?lang=en', TOKENS.viewer);
    expect([first.headers.get('x-atlas-cache'), second.headers.get('x-atlas-cache')]).toEqual([
      'miss',
      'hit',
    ]);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });
});
