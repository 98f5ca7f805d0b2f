import { layerColumns } from '@atlas/core';
import { schema } from '@atlas/db';
import { geometryFromWgs84 } from '@atlas/geo';
import { eq, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { Geometry, Point, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApi, TOKENS } from './harness';
import {
  chunkedStatus,
  databaseState,
  featureCollection,
  metresBetween,
  ogrConvert,
  point,
  postImport,
  sha256,
  shapefileZip,
  statusBeforeBody,
  zipDeclaring,
} from './import-fixtures';

let api: ApiHarness;
let small: ApiHarness;
let reporter: string;

beforeAll(async () => {
  api = await startApi();
  reporter = await api.signIn({ username: 'etdz-reporter', role: 'zone_reporter', zoneCode: 'zhoukou-etdz' });
}, 240_000);
afterAll(async () => {
  await api?.stop();
  await small?.stop();
});

/** Projects of the economic development zone (川汇区, cluster "food"), near demo-project-001. */
const project = (n: number, tag: string, extra: Record<string, unknown> = {}) =>
  point(114.6305 + n * 0.001, 33.6245, {
    name: `${tag}项目${n}`,
    zoneCode: 'zhoukou-etdz',
    clusterCode: 'food',
    investmentYi: 2.5 + n,
    status: 'PLANNED',
    ...extra,
  });

const projectsNamed = (prefix: string) =>
  api.atlas.db
    .select()
    .from(schema.projects)
    .where(like(schema.projects.name, `${prefix}%`));

/** Every position of nested coordinate arrays, whatever the depth. */
const positionsIn = (value: unknown): number[][] =>
  Array.isArray(value) && typeof value[0] === 'number'
    ? [value as number[]]
    : Array.isArray(value)
      ? value.flatMap(positionsIn)
      : [];

/** [minLng, minLat, maxLng, maxLat] of every position of a geometry. */
function boxOf(geometry: Geometry | null): number[] {
  const positions = positionsIn(geometry && 'coordinates' in geometry ? geometry.coordinates : []);
  const lngs = positions.map((p) => p[0] ?? 0);
  const lats = positions.map((p) => p[1] ?? 0);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const nearestMetres = (corner: number[], positions: number[][]) =>
  Math.min(...positions.map((p) => metresBetween(corner, p)));

const csv = (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('POST /import/{layer}: each format', () => {
  it('GeoJSON: a dry run writes nothing, then a commit writes every row', async () => {
    const body = JSON.stringify(featureCollection([project(1, 'GJ'), project(2, 'GJ')]));
    const before = await databaseState(api);
    const dry = await postImport(api, 'projects', body, { filename: 'projects.geojson' }, TOKENS.planner);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, committed: false, rows: 2, created: 2, errors: [] });
    expect(dry.body.preview?.features.map((f) => f.properties.action)).toEqual(['create', 'create']);
    expect(await databaseState(api)).toEqual(before);

    const done = await postImport(
      api,
      'projects',
      body,
      { dryRun: 'false', filename: 'projects.geojson' },
      TOKENS.planner,
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ committed: true, created: 2 });
    expect((await projectsNamed('GJ项目')).map((p) => p.investmentYi).sort()).toEqual([3.5, 4.5]);
  });

  it.each(['UTF-8', 'GBK'] as const)(
    'a Shapefile zip made by ogr2ogr in %s, Chinese names intact',
    async (encoding) => {
      const tag = `SHP${encoding === 'GBK' ? 'G' : 'U'}·周口`;
      const zip = shapefileZip(featureCollection([project(3, tag), project(4, tag)]), { encoding });
      const answer = await postImport(
        api,
        'projects',
        zip,
        { dryRun: 'false', filename: 'projects.zip' },
        TOKENS.planner,
      );
      expect(answer.status, JSON.stringify(answer.body.errors)).toBe(200);
      expect(answer.body.file?.kind).toBe('shp.zip');
      const how = Object.fromEntries((answer.body.mapping ?? []).map((m) => [m.from, `${m.to}:${m.how}`]));
      expect(how).toMatchObject({
        clusterCod: 'clusterCode:truncated',
        investment: 'investmentYi:truncated',
      });
      expect((await projectsNamed(`${tag}项目`)).map((p) => p.name).sort()).toEqual([
        `${tag}项目3`,
        `${tag}项目4`,
      ]);
    },
  );

  it('KML and KMZ facilities, their ExtendedData as attributes', async () => {
    const kml = (name: string) => `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>${name}</name>
<ExtendedData><Data name="kind"><value>SEWAGE_PLANT</value></Data><Data name="status"><value>PLANNED</value></Data>
<Data name="zoneCode"><value>zhoukou-etdz</value></Data></ExtendedData>
<Point><coordinates>114.641,33.631</coordinates></Point></Placemark></Document></kml>`;
    const plain = await postImport(
      api,
      'facilities',
      kml('KML污水处理厂'),
      { dryRun: 'false', filename: 'f.kml' },
      TOKENS.planner,
    );
    expect(plain.status, JSON.stringify(plain.body.errors)).toBe(200);
    const kmz = zipSync({ 'doc.kml': new TextEncoder().encode(kml('KMZ污水处理厂')) });
    const zipped = await postImport(
      api,
      'facilities',
      kmz,
      { dryRun: 'false', filename: 'f.kmz' },
      TOKENS.planner,
    );
    expect(zipped.status, JSON.stringify(zipped.body.errors)).toBe(200);
    expect(zipped.body.file?.kind).toBe('kmz');
    const names = (
      await api.atlas.db.select().from(schema.facilities).where(like(schema.facilities.name, 'KM%'))
    ).map((f) => [f.name, f.kind, f.location.coordinates]);
    expect(names.sort()).toEqual([
      ['KML污水处理厂', 'SEWAGE_PLANT', [114.641, 33.631]],
      ['KMZ污水处理厂', 'SEWAGE_PLANT', [114.641, 33.631]],
    ]);
  });

  it('CSV with lng/lat and CSV with WKT, headers in Chinese or as fields', async () => {
    const header = (key: string) => layerColumns('projects').find((c) => c.key === key)?.zh ?? key;
    const lngLat = csv([
      `${header('name')},zoneCode,clusterCode,${header('investmentYi')},status,lng,lat`,
      'CSV经纬度项目1,zhoukou-etdz,food,"1,234.5",PLANNED,114.633,33.6251',
    ]);
    const a = await postImport(
      api,
      'projects',
      lngLat,
      { dryRun: 'false', filename: 'a.csv' },
      TOKENS.planner,
      {
        'content-type': 'text/csv',
      },
    );
    expect(a.status, JSON.stringify(a.body.errors)).toBe(200);
    expect(a.body.mapping).toContainEqual({ from: header('name'), to: 'name', how: 'header' });
    const wkt = csv([
      'name,zoneCode,investmentYi,status,wkt',
      'CSV面项目1,zhoukou-etdz,0.5,SIGNED,"POLYGON ((114.63 33.62,114.632 33.62,114.632 33.622,114.63 33.622,114.63 33.62))"',
    ]);
    const b = await postImport(api, 'projects', wkt, { dryRun: 'false', filename: 'b.csv' }, TOKENS.planner);
    expect(b.status, JSON.stringify(b.body.errors)).toBe(200);
    const [lngLatRow] = await projectsNamed('CSV经纬度项目1');
    expect(lngLatRow?.investmentYi).toBe(1234.5);
    const [polygonRow] = await projectsNamed('CSV面项目1');
    expect(polygonRow?.geometry.type).toBe('Polygon');
  });

  it('XLSX made by exceljs; a formula cell without a cached value is not evaluated', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('projects');
    sheet.addRow(['name', 'zoneCode', 'clusterCode', 'investmentYi', 'status', 'lng', 'lat']);
    sheet.addRow(['XLSX项目1', 'zhoukou-etdz', 'food', 7.25, 'PLANNED', 114.634, 33.6252]);
    sheet.addRow(['XLSX项目2', 'zhoukou-etdz', 'food', { formula: '1+1' }, 'PLANNED', 114.635, 33.6252]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await databaseState(api);
    const refused = await postImport(
      api,
      'projects',
      bytes,
      { dryRun: 'false', filename: 'p.xlsx' },
      TOKENS.planner,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.committed).toBe(false);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ row: 3, field: 'investmentYi' }));
    expect(await databaseState(api)).toEqual(before);

    sheet.spliceRows(3, 1);
    const fine = new Uint8Array(await workbook.xlsx.writeBuffer());
    const done = await postImport(
      api,
      'projects',
      fine,
      { dryRun: 'false', filename: 'p.xlsx' },
      TOKENS.planner,
    );
    expect(done.status, JSON.stringify(done.body.errors)).toBe(200);
    expect((await projectsNamed('XLSX项目')).map((p) => p.investmentYi)).toEqual([7.25]);
  });
});

describe('POST /import: checks, all or nothing, versions, powers, audit', () => {
  it('names each bad row and field in both languages, and a commit with one bad row writes nothing', async () => {
    const body = csv([
      'name,zoneCode,clusterCode,investmentYi,status,lng,lat',
      '整批项目1,zhoukou-etdz,food,1.5,PLANNED,114.636,33.6253',
      '整批项目2,zhoukou-etdz,food,abc,PLANNED,114.637,33.6253',
      '整批项目3,nowhere,,1,PLANNED,114.638,33.6253',
      '整批项目4,zhoukou-etdz,food,1,PLANNED,116.5,33.6253',
    ]);
    const before = await databaseState(api);
    const answer = await postImport(
      api,
      'projects',
      body,
      { dryRun: 'false', filename: 'batch.csv' },
      TOKENS.planner,
    );
    expect(answer.status).toBe(422);
    // Rows are numbered as a spreadsheet shows them: the header is row 1.
    const byRow = new Map((answer.body.errors ?? []).map((e) => [e.row, e]));
    expect(byRow.get(3)).toMatchObject({
      field: 'investmentYi',
      message: expect.stringMatching(/须为数字.* \/ .*must be a number/),
    });
    expect(byRow.get(4)?.message).toMatch(/未知的产业集聚区代码 nowhere \/ Unknown zone code nowhere/);
    expect(byRow.get(5)?.field).toBe('geometry');
    expect(byRow.has(2)).toBe(false);
    expect(await databaseState(api)).toEqual(before);
  });

  it('updates by id with the version check; a stale version is refused and nothing written', async () => {
    const [stored] = await api.atlas.db
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.id, 'demo-project-002'));
    if (!stored) throw new Error('demo-project-002 missing');
    const row = (version: number, investment: number) =>
      featureCollection([
        {
          type: 'Feature',
          geometry: stored.geometry,
          properties: { id: stored.id, version, investmentYi: investment },
        },
      ]);
    const stale = await postImport(
      api,
      'projects',
      JSON.stringify(row(stored.version + 3, 9)),
      { dryRun: 'false' },
      TOKENS.planner,
    );
    expect(stale.status).toBe(422);
    expect(stale.body.errors?.[0]?.message).toMatch(/已被他人修改.* \/ .*changed since you read it/);
    const fresh = await postImport(
      api,
      'projects',
      JSON.stringify(row(stored.version, 9)),
      { dryRun: 'false' },
      TOKENS.planner,
    );
    expect(fresh.body).toMatchObject({ committed: true, updated: 1, created: 0 });
    const [after] = await api.atlas.db
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.id, stored.id));
    expect([after?.investmentYi, after?.version]).toEqual([9, stored.version + 1]);
  });

  it('lets a zone reporter import its own zone’s projects, not another’s, and no other layer', async () => {
    const own = await postImport(
      api,
      'projects',
      JSON.stringify(featureCollection([project(5, '报送')])),
      { dryRun: 'false' },
      reporter,
    );
    expect(own.status, JSON.stringify(own.body.errors)).toBe(200);
    const other = await postImport(
      api,
      'projects',
      JSON.stringify(
        featureCollection([
          point(114.88, 33.42, {
            name: '越界项目',
            zoneCode: 'xiangcheng',
            investmentYi: 1,
            status: 'PLANNED',
          }),
        ]),
      ),
      { dryRun: 'false' },
      reporter,
    );
    expect(other.status).toBe(422);
    expect(other.body.errors?.[0]?.message).toMatch(/只能操作本园区.* \/ Forbidden/);
    const facilities = await postImport(api, 'facilities', '{}', {}, reporter);
    expect(facilities.status).toBe(403);
  });

  it('refuses a viewer and an anonymous caller before the body is read', async () => {
    expect(await statusBeforeBody(api.url, TOKENS.viewer, 5_000_000)).toBe(403);
    const anonymous = await postImport(api, 'projects', '{}', {}, null);
    expect(anonymous.status).toBe(401);
  });

  it('writes one audit record naming the layer, file, digest and counts', async () => {
    const body = JSON.stringify(featureCollection([project(6, '审计'), project(7, '审计')]));
    const answer = await postImport(
      api,
      'projects',
      body,
      { dryRun: 'false', filename: '审计.geojson' },
      TOKENS.planner,
    );
    expect(answer.status).toBe(200);
    const [audit] = await api.atlas.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entity, 'import'))
      .orderBy(sql`id DESC`)
      .limit(1);
    expect(audit?.entityId).toBe(sha256(body));
    expect(audit?.actor).toMatch(/planner/);
    expect(audit?.after).toMatchObject({
      layer: 'projects',
      file: '审计.geojson',
      digest: sha256(body),
      bytes: Buffer.byteLength(body),
      rows: 2,
      created: 2,
      updated: 0,
    });
  });
});

describe('POST /import: the datum', () => {
  const known = [
    [114.6312, 33.6261],
    [114.6423, 33.6188],
  ] as const;
  const knownPoints = (tag: string) =>
    featureCollection(
      known.map(([lng, lat], i) =>
        point(lng, lat, {
          name: `${tag}${i}`,
          zoneCode: 'zhoukou-etdz',
          clusterCode: 'food',
          investmentYi: 1,
          status: 'PLANNED',
        }),
      ),
    );
  const landed = async (tag: string) => {
    const rows = await projectsNamed(tag);
    return known.map((p, i) => {
      const row = rows.find((r) => r.name === `${tag}${i}`);
      return row ? metresBetween([...p], (row.geometry as Point).coordinates) : Number.POSITIVE_INFINITY;
    });
  };

  it('CGCS2000 3° GK (EPSG:4547) made by ogr2ogr lands within 1 m, from ?datum= and from the .prj alone', async () => {
    const wkt = ogrConvert(
      knownPoints('GK-WKT'),
      ['-f', 'CSV', '-t_srs', 'EPSG:4547', '-lco', 'GEOMETRY=AS_WKT'],
      'gk.csv',
    );
    const byParam = await postImport(
      api,
      'projects',
      wkt,
      { dryRun: 'false', datum: 'EPSG:4547', filename: 'gk.csv' },
      TOKENS.planner,
    );
    expect(byParam.status, JSON.stringify(byParam.body.errors)).toBe(200);
    expect(byParam.body.datum).toMatchObject({ used: 'EPSG:4547', from: 'user' });
    for (const metres of await landed('GK-WKT')) expect(metres).toBeLessThan(1);

    const zip = shapefileZip(knownPoints('GK-PRJ'), { srs: 'EPSG:4547' });
    const byPrj = await postImport(
      api,
      'projects',
      zip,
      { dryRun: 'false', filename: 'gk.zip' },
      TOKENS.planner,
    );
    expect(byPrj.status, JSON.stringify(byPrj.body.errors)).toBe(200);
    expect(byPrj.body.datum).toMatchObject({ used: 'EPSG:4547', from: 'file' });
    for (const metres of await landed('GK-PRJ')) expect(metres).toBeLessThan(1);

    const before = await databaseState(api);
    const mismatch = await postImport(
      api,
      'projects',
      zip,
      { dryRun: 'false', datum: 'EPSG:4548' },
      TOKENS.planner,
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors?.[0]).toMatchObject({
      extensions: { code: 'FILE_REFUSED', refusal: 'DATUM_MISMATCH' },
    });
    expect(mismatch.body.errors?.[0]?.message).toMatch(/EPSG:4548.*EPSG:4547/);
    expect(await databaseState(api)).toEqual(before);
  });

  it.each(['GCJ02', 'BD09'] as const)('%s points made by gcoord land within 5 m', async (datum) => {
    const tag = `${datum}-`;
    const shifted = knownPoints(tag);
    for (const f of shifted.features) f.geometry = geometryFromWgs84(f.geometry, datum);
    const answer = await postImport(
      api,
      'projects',
      JSON.stringify(shifted),
      { dryRun: 'false', datum },
      TOKENS.planner,
    );
    expect(answer.status, JSON.stringify(answer.body.errors)).toBe(200);
    const metres = await landed(tag);
    for (const m of metres) expect(m).toBeLessThan(5);
    // Read as WGS 84 the same points would be hundreds of metres off: the conversion did the work.
    const raw = (shifted.features[0]?.geometry as Point | undefined)?.coordinates ?? [];
    expect(metresBetween([...known[0]], raw)).toBeGreaterThan(100);
  });

  it('a surveyed zone boundary in CGCS2000 GK replaces the schematic footprint, cited and SURVEYED', async () => {
    const ring = [
      [114.62, 33.64],
      [114.645, 33.641],
      [114.648, 33.66],
      [114.63, 33.665],
      [114.618, 33.655],
      [114.62, 33.64],
    ];
    const boundary: Polygon = { type: 'Polygon', coordinates: [ring] };
    const zip = shapefileZip(
      featureCollection([
        {
          type: 'Feature',
          geometry: boundary,
          properties: { code: 'chuanhui', document: '川汇区集聚区2015年实测边界图' },
        },
      ]),
      { srs: 'EPSG:4547', encoding: 'GBK', name: 'chuanhui' },
    );
    const query =
      '{ zone(code: "chuanhui") { version geometryProvenance { kind citation } provenance { kind } } }';
    const before = await api.gql<{ zone: { version: number; geometryProvenance: { kind: string } } }>(query);
    expect(before.data?.zone.geometryProvenance.kind).toBe('APPROXIMATE');
    // The map's zoomed footprints are cached while the zones' versions stand: fill the cache first.
    const mapQuery = '{ zones { code geometry(zoom: 9) } }';
    const drawnBefore = await api.gql<{ zones: { code: string; geometry: Geometry }[] }>(mapQuery);
    const drawn = (answer: typeof drawnBefore) =>
      boxOf(answer.data?.zones.find((z) => z.code === 'chuanhui')?.geometry ?? null);
    const dry = await postImport(api, 'zones', zip, { filename: 'chuanhui.zip' }, TOKENS.planner);
    expect(dry.status, JSON.stringify(dry.body.errors)).toBe(200);
    const previewed = (dry.body.preview?.features[0]?.geometry as Polygon | undefined)?.coordinates[0] ?? [];
    for (const corner of ring) expect(nearestMetres(corner, previewed)).toBeLessThan(1);
    const reporterTry = await postImport(api, 'zones', zip, { dryRun: 'false' }, reporter);
    expect(reporterTry.status).toBe(403);

    const done = await postImport(
      api,
      'zones',
      zip,
      { dryRun: 'false', filename: 'chuanhui.zip' },
      TOKENS.planner,
    );
    expect(done.status, JSON.stringify(done.body.errors)).toBe(200);
    expect(done.body).toMatchObject({ committed: true, updated: 1 });
    const after = await api.gql<{
      zone: {
        version: number;
        geometryProvenance: { kind: string; citation: string };
        provenance: { kind: string };
      };
    }>(query);
    expect(after.data?.zone.geometryProvenance).toEqual({
      kind: 'SURVEYED',
      citation: '川汇区集聚区2015年实测边界图',
    });
    expect(after.data?.zone.version).toBe((before.data?.zone.version ?? 0) + 1);
    // The map draws the new boundary at once: the simplified footprints were recomputed.
    const box = boxOf(boundary);
    const drawnAfter = drawn(await api.gql(mapQuery));
    expect(drawnAfter).not.toEqual(drawn(drawnBefore));
    for (const [i, v] of drawnAfter.entries()) expect(Math.abs(v - (box[i] ?? 0))).toBeLessThan(0.002);
    const [zone] = await api.atlas.db.select().from(schema.zones).where(eq(schema.zones.code, 'chuanhui'));
    const stored = zone?.footprint.coordinates[0]?.[0] ?? [];
    for (const corner of ring) expect(nearestMetres(corner, stored)).toBeLessThan(1);
  });
});

describe('POST /import: hostile files are refused with nothing written', () => {
  const refusedWith = async (
    body: Uint8Array | string,
    refusal: string,
    status: number,
    query: Record<string, string> = {},
  ) => {
    const before = await databaseState(api);
    const answer = await postImport(api, 'projects', body, { dryRun: 'false', ...query }, TOKENS.planner);
    expect(answer.status).toBe(status);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'FILE_REFUSED', refusal });
    expect(answer.body.errors?.[0]?.message).toMatch(/ \/ /);
    expect(await databaseState(api)).toEqual(before);
  };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('a zip bomb (declared size past the limit)', async () => {
    await refusedWith(
      zipDeclaring({ 'a.shp': new Uint8Array(1 << 20), 'a.dbf': new Uint8Array(64) }, 0x7fffffff),
      'ZIP_BOMB',
      422,
    );
  });
  it('a zip entry that climbs out of the archive', async () => {
    await refusedWith(zipSync({ '../../evil.shp': bytes('x'), 'a.dbf': bytes('y') }), 'ZIP_PATH', 422);
  });
  it('a zip with too many entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}.txt`, bytes('x')]));
    await refusedWith(zipSync({ ...files, 'a.shp': bytes('x') }), 'ZIP_ENTRIES', 422);
  });
  it('malformed KML, and KML declaring an entity', async () => {
    await refusedWith('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>', 'MALFORMED', 400, {
      filename: 'a.kml',
    });
    const entity = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x "${'a'.repeat(100)}">]><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&x;</name><Point><coordinates>114.6,33.6</coordinates></Point></Placemark></Document></kml>`;
    await refusedWith(entity, 'MALFORMED', 400, { filename: 'b.kml' });
  });
  it('too many features', async () => {
    const many = JSON.stringify(
      featureCollection(Array.from({ length: 50_001 }, (_, i) => point(114.6, 33.6, { n: i }))),
    );
    await refusedWith(many, 'TOO_MANY_FEATURES', 422, { filename: 'many.geojson' });
  });
  it('a file over ATLAS_IMPORT_MAX_BYTES: by content-length before reading, and counted while reading', async () => {
    small = await startApi({ ATLAS_IMPORT_MAX_BYTES: '2048' });
    const before = await databaseState(small);
    const big = JSON.stringify(featureCollection(Array.from({ length: 40 }, (_, i) => project(i, '超大'))));
    const answer = await postImport(small, 'projects', big, { dryRun: 'false' }, TOKENS.planner);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'FILE_REFUSED', refusal: 'TOO_LARGE' });
    expect(await chunkedStatus(small.url, TOKENS.planner, 64)).toBe(413);
    expect(await databaseState(small)).toEqual(before);
  }, 240_000);
});
