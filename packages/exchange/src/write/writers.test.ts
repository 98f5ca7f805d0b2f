import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportColumn, ExportTable } from '../types';
import { writeCsv } from './csv-writer';
import { representativePoint } from './export-geometry';
import { writeGeoJson } from './geojson-writer';
import { shapefileFieldNames } from './shapefile-fields';
import { writeShapefileZip } from './shapefile-writer';
import { EXCEL_CELL_CHARS, writeXlsx } from './xlsx-writer';

const run = promisify(execFile);

const COLUMNS: ExportColumn[] = [
  { key: 'name', zh: '名称', en: 'Name', type: 'string' },
  { key: 'investmentYi', zh: '投资(亿元)', en: 'Investment (100M yuan)', type: 'number', numFmt: '#,##0.00' },
  { key: 'households', zh: '户数', en: 'Households', type: 'integer' },
  { key: 'startDate', zh: '开工日期', en: 'Start date', type: 'date' },
  { key: 'geometrySourceKind', zh: '几何来源类型', en: 'Geometry source kind', type: 'string' },
  { key: 'geometrySourceCitation', zh: '几何来源', en: 'Geometry source', type: 'string' },
  { key: 'sourceKind', zh: '来源类型', en: 'Source kind', type: 'string' },
  { key: 'sourceCitation', zh: '来源', en: 'Source', type: 'string' },
];

const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

const LONG_CITATION = '周口市产业集聚区建设专项工作方案'.repeat(20);

/** Points, lines and polygons (one with a hole, one multi), Chinese text, a formula-like name. */
const MIXED: ExportTable = {
  layer: 'projects',
  title: { zh: '重大项目', en: 'Projects' },
  columns: COLUMNS,
  hasGeometry: true,
  rows: [
    {
      id: 'p1',
      geometry: { type: 'Point', coordinates: [114.6543210987, 33.6234567891] },
      properties: {
        name: '=HYPERLINK("http://evil")',
        investmentYi: 12.3456,
        households: 40,
        startDate: '2014-03-05',
        sourceKind: 'DEMO',
        sourceCitation: '示例, "引号"',
      },
    },
    {
      id: 'p2',
      geometry: {
        type: 'Polygon',
        coordinates: [square(114.6, 33.6, 0.02), square(114.605, 33.605, 0.005).reverse()],
      },
      properties: {
        name: '川汇区食品产业园',
        investmentYi: null,
        households: null,
        startDate: null,
        sourceKind: 'PLAN_TEXT',
        sourceCitation: LONG_CITATION,
      },
    },
    {
      id: 'p3',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [[square(114.7, 33.7, 0.01)], [square(114.72, 33.7, 0.01)]],
      },
      properties: {
        name: '-负数开头',
        investmentYi: 0.5,
        households: 3,
        startDate: '2015-01-31',
        sourceKind: 'APPROXIMATE',
        sourceCitation: '示意',
      },
    },
    {
      id: 'r1',
      geometry: {
        type: 'LineString',
        coordinates: [
          [114.5, 33.5],
          [114.55, 33.52],
          [114.6, 33.5],
        ],
      },
      properties: {
        name: '道路 a',
        investmentYi: 1,
        households: 0,
        startDate: null,
        sourceKind: 'PUBLIC_SOURCE',
        sourceCitation: 'x',
      },
    },
  ],
};

const TARGETS: ExportTable = {
  layer: 'planTargets',
  title: { zh: '规划目标', en: 'Plan targets' },
  columns: COLUMNS.slice(0, 3).concat(COLUMNS.slice(6)),
  hasGeometry: false,
  rows: [
    {
      id: '1',
      geometry: null,
      properties: {
        name: '主营业务收入',
        investmentYi: 1500,
        households: 1,
        sourceKind: 'PLAN_TEXT',
        sourceCitation: '§二(一)',
      },
    },
    {
      id: '2',
      geometry: null,
      properties: {
        name: '+plus',
        investmentYi: -2.5,
        households: 2,
        sourceKind: 'PLAN_TEXT',
        sourceCitation: '§二(二)',
      },
    },
  ],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-writers-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function ogrinfo(...args: string[]): Promise<string> {
  const { stdout } = await run('ogrinfo', ['-ro', '-al', ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

const featureCounts = (summary: string) =>
  [...summary.matchAll(/Feature Count: (\d+)/g)].map((m) => Number(m[1]));

describe('GeoJSON', () => {
  it('is an RFC 7946 collection GDAL reads, ids and provenance kept, 7 decimals', async () => {
    const text = writeGeoJson(MIXED);
    const parsed = JSON.parse(text);
    expect(parsed.features.map((f: { id: string }) => f.id)).toEqual(['p1', 'p2', 'p3', 'r1']);
    expect(parsed.features[0].geometry.coordinates).toEqual([114.6543211, 33.6234568]);
    expect(parsed.features[1].properties).toMatchObject({
      sourceKind: 'PLAN_TEXT',
      sourceCitation: LONG_CITATION,
    });
    const path = join(dir, 'mixed.geojson');
    await writeFile(path, text);
    const info = await ogrinfo('-so', path);
    expect(featureCounts(info)).toEqual([4]);
    expect(info).toMatch(/WGS 84/);
  });
});

describe('CSV', () => {
  it('starts with a BOM, escapes formula-like text, quotes per RFC 4180, and GDAL reads its WKT', async () => {
    const text = writeCsv(MIXED, 'zh');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = text.slice(1).split('\r\n');
    expect(header).toBe(
      '名称,投资(亿元),户数,开工日期,几何来源类型,几何来源,来源类型,来源,wkt,lng,lat,经纬度所指',
    );
    expect(first).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(first).toContain('"示例, ""引号"""');
    expect(text).toContain("'-负数开头");
    const path = join(dir, 'mixed.csv');
    await writeFile(path, text);
    const info = await ogrinfo('-oo', 'GEOM_POSSIBLE_NAMES=wkt', '-oo', 'KEEP_GEOM_COLUMNS=NO', path);
    expect(featureCounts(info)).toEqual([4]);
    expect(info).toContain('MULTIPOLYGON (((114.7 33.7');
    expect(info).toContain('名称 (String) = 川汇区食品产业园');
  });

  it('keeps a negative number a number, and English headers on request', () => {
    const text = writeCsv(TARGETS, 'en');
    expect(text.slice(1).split('\r\n')[0]).toBe('Name,Investment (100M yuan),Households,Source kind,Source');
    expect(text).toContain(',-2.5,');
    expect(text).toContain("'+plus");
  });

  it('gives lng/lat GDAL can place: a point itself, a point inside a polygon with a hole', async () => {
    const path = join(dir, 'points.csv');
    await writeFile(path, writeCsv(MIXED, 'en'));
    const info = await ogrinfo('-oo', 'X_POSSIBLE_NAMES=lng', '-oo', 'Y_POSSIBLE_NAMES=lat', path);
    expect(info).toContain('POINT (114.6543211 33.6234568)');
    const inside = representativePoint(MIXED.rows[1]?.geometry as never);
    expect(inside.exact).toBe(false);
    // Inside the outer square and outside the hole.
    expect(inside.lng).toBeGreaterThan(114.6);
    expect(inside.lng).toBeLessThan(114.62);
    const inHole = inside.lng > 114.605 && inside.lng < 114.61 && inside.lat > 33.605 && inside.lat < 33.61;
    expect(inHole).toBe(false);
  });
});

describe('XLSX', () => {
  it('has a sheet per table with headers GDAL reads, numbers as numbers, dates as dates', async () => {
    const bytes = await writeXlsx([MIXED, TARGETS], 'zh');
    const path = join(dir, 'book.xlsx');
    await writeFile(path, bytes);
    const info = await ogrinfo('-oo', 'HEADERS=FORCE', path);
    expect(info).toMatch(/Layer name: 重大项目/);
    expect(info).toMatch(/Layer name: 规划目标/);
    expect(info).toMatch(/投资\(亿元\) \(Real\) = 12\.3456/);
    expect(info).toMatch(/开工日期 \(Date\) = 2014\/03\/05/);
    expect(info).toContain('名称 (String) = =HYPERLINK("http://evil")');
    const summary = await ogrinfo('-so', '-oo', 'HEADERS=FORCE', path);
    expect(featureCounts(summary)).toEqual([4, 2]);
  });

  it('says where a geometry too long for a cell is, rather than cutting it', async () => {
    const ring = Array.from({ length: 1500 }, (_, i) => {
      const a = (i / 1500) * 2 * Math.PI;
      return [114.65 + 0.05 * Math.cos(a), 33.62 + 0.05 * Math.sin(a)];
    });
    ring.push(ring[0] as number[]);
    const big: ExportTable = {
      ...MIXED,
      rows: [{ id: 'big', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { name: '大' } }],
    };
    expect(writeCsv(big, 'en').length).toBeGreaterThan(EXCEL_CELL_CHARS);
    const path = join(dir, 'big.xlsx');
    await writeFile(path, await writeXlsx([big], 'en'));
    const info = await ogrinfo('-oo', 'HEADERS=FORCE', path);
    expect(info).toContain('full geometry is in the GeoJSON or Shapefile export');
    expect(info).toMatch(/lng \(Real\) = 114\.\d+/);
  });
});

describe('Shapefile', () => {
  it('cuts names to 10 bytes, numbering collisions', () => {
    const names = shapefileFieldNames(COLUMNS.map((c) => c.key));
    expect([...names.values()]).toEqual([
      'name',
      'investment',
      'households',
      'startDate',
      'geometrySo',
      'geometryS1',
      'sourceKind',
      'sourceCita',
    ]);
  });

  it('writes one file set per shape family with .prj and .cpg, Chinese whole, read back by GDAL', async () => {
    const bytes = await writeShapefileZip(MIXED, 'zh');
    const entries = Object.keys(unzipSync(bytes)).sort();
    expect(entries).toEqual(
      [
        'fields.csv',
        ...['lines', 'points', 'polygons'].flatMap((f) =>
          ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `projects_${f}.${e}`),
        ),
      ].sort(),
    );
    const path = join(dir, 'mixed.shp.zip');
    await writeFile(path, bytes);
    const summary = await ogrinfo('-so', `/vsizip/${path}`);
    expect(summary).toMatch(/Layer name: projects_points\n[\s\S]*?Geometry: Point\n[\s\S]*?Feature Count: 1/);
    expect(summary).toMatch(
      /Layer name: projects_lines\n[\s\S]*?Geometry: Line String\n[\s\S]*?Feature Count: 1/,
    );
    expect(summary).toMatch(
      /Layer name: projects_polygons\n[\s\S]*?Geometry: Polygon\n[\s\S]*?Feature Count: 2/,
    );
    expect(summary).toMatch(/WGS 84|WGS_1984/);
    const info = await ogrinfo(`/vsizip/${path}`);
    expect(info).toContain('name (String) = 川汇区食品产业园');
    expect(info).toMatch(/investment \(Real\) = 12\.3456/);
    expect(info).toMatch(/households \(Integer\) = 40/);
    expect(info).toMatch(/startDate \(Date\) = 2014\/03\/05/);
    // The hole stays a hole: GDAL reads one polygon with two rings.
    expect(info).toMatch(/POLYGON \(\(114\.6 33\.6,[^)]*\),\(114\.605 33\.605/);
    const fields = new TextDecoder().decode(unzipSync(bytes)['fields.csv']);
    expect(fields).toContain('geometryS1,geometrySourceCitation,几何来源,Geometry source,string');
    // The long citation is over 254 bytes: cut at a character boundary, and counted.
    expect(fields).toMatch(/sourceCita,sourceCitation,来源,Source,string,254,1/);
    expect(info).toContain(`sourceCita (String) = ${LONG_CITATION.slice(0, 84)}\n`);
  });

  it('writes a table without geometry as a lone .dbf GDAL reads', async () => {
    const bytes = await writeShapefileZip(TARGETS, 'en');
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([
      'fields.csv',
      'planTargets.cpg',
      'planTargets.dbf',
    ]);
    const path = join(dir, 'targets.shp.zip');
    await writeFile(path, bytes);
    const info = await ogrinfo(`/vsizip/${path}`);
    expect(featureCounts(info)).toEqual([2]);
    expect(info).toContain('name (String) = 主营业务收入');
    expect(info).toMatch(/investment \(Real\) = -2\.5/);
  });
});
