import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Point } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { expectRefusal, geometryAt, hasOgr2ogr, ogr2ogr, scratch, writeGeoJson } from './fixtures/gdal';
import { declaringSize } from './fixtures/zip-bomb';
import { readFeatureFile } from './read-feature-file';

const { dir, done } = scratch();
afterAll(done);

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const projects = () =>
  workbook((book) => {
    book.addWorksheet('说明').addRow(['这一页不是数据']);
    const sheet = book.addWorksheet('projects');
    sheet.addRow(['name', 'lng', 'lat', 'investmentYi', 'started', 'link', 'note', 'total', 'cached']);
    sheet.addRow([
      { richText: [{ text: '周口' }, { text: '港', font: { bold: true } }] },
      114.65,
      33.62,
      12.5,
      new Date(Date.UTC(2014, 4, 1)),
      { text: '规划文本', hyperlink: 'https://example.org/plan' },
      "'=1+1",
      { formula: '1+1' },
      { formula: '1+1', result: 7 },
    ]);
    sheet.addRow([]);
    sheet.addRow(['沈丘', 115.1, 33.4, null, null, null, '-', null, null]);
  });

describe('readFeatureFile on XLSX', () => {
  it('reads the sheet named like the layer, rows numbered as in Excel', async () => {
    const result = await readFeatureFile(await projects(), {
      filename: 'p.xlsx',
      sheetNames: ['projects', '项目'],
    });
    expect(result.kind).toBe('xlsx');
    expect(result.features.map((f) => f.row)).toEqual([2, 4]);
    expect(geometryAt<Point>(result, 0).coordinates).toEqual([114.65, 33.62]);
    expect(result.features[0]?.properties).toMatchObject({
      name: '周口港',
      investmentYi: 12.5,
      started: '2014-05-01',
      link: '规划文本',
      note: '=1+1',
    });
    expect(result.warnings.join()).toMatch(/read "projects"/);
  });

  it('never evaluates a formula: no cached value reads empty, a cached one reads as cached', async () => {
    const result = await readFeatureFile(await projects(), { sheetNames: ['projects'] });
    expect(result.features[0]?.properties.total).toBeNull();
    expect(result.features[0]?.properties.cached).toBe(7);
  });

  it('reads the first sheet when none is named like the layer', async () => {
    const result = await readFeatureFile(await projects(), {});
    expect(result.features).toEqual([]);
  });

  it('refuses rows past the limit before reading them', async () => {
    await expectRefusal(
      async () => readFeatureFile(await projects(), { sheetNames: ['projects'], limits: { maxFeatures: 1 } }),
      'TOO_MANY_FEATURES',
    );
  });

  it('checks the workbook’s zip before exceljs opens it: entry count and sizes that lie', async () => {
    const bytes = await projects();
    const entries = unzipSync(bytes);
    for (let i = 0; i < 300; i++) entries[`xl/media/pad-${i}.bin`] = strToU8('x');
    await expectRefusal(() => readFeatureFile(zipSync(entries), {}), 'ZIP_ENTRIES');
    const liar = declaringSize(bytes, 'xl/worksheets/sheet2.xml', 10);
    await expectRefusal(() => readFeatureFile(liar, {}), 'ZIP_BOMB');
  });

  it('refuses a broken workbook as malformed', async () => {
    const entries = unzipSync(await projects());
    entries['xl/workbook.xml'] = strToU8('<workbook><sheets><sheet');
    await expectRefusal(() => readFeatureFile(zipSync(entries), {}), 'MALFORMED');
  });

  it.skipIf(!hasOgr2ogr)('reads the XLSX GDAL writes', async () => {
    const source = writeGeoJson(join(dir, 'zones.geojson'), [
      {
        type: 'Feature',
        properties: { name: '周口港口物流产业集聚区', lng: 114.65, lat: 33.62 },
        geometry: null,
      },
    ]);
    const out = join(dir, 'zones.xlsx');
    ogr2ogr(['-f', 'XLSX', out, source]);
    const result = await readFeatureFile(new Uint8Array(readFileSync(out)), {});
    expect(result.features).toHaveLength(1);
    expect(result.features[0]?.properties.name).toBe('周口港口物流产业集聚区');
    expect(geometryAt<Point>(result, 0).coordinates).toEqual([114.65, 33.62]);
  });
});
