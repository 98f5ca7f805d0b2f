import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { Point, Polygon } from 'geojson';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectRefusal,
  geometryAt,
  hasOgr2ogr,
  ogr2ogr,
  scratch,
  square,
  writeGeoJson,
} from './fixtures/gdal';
import { readFeatureFile } from './read-feature-file';

const { dir, done } = scratch();
afterAll(done);

const BOM = '\uFEFF';

describe('readFeatureFile on CSV', () => {
  it('reads lng/lat columns, keeps cells as text and numbers rows as a spreadsheet does', async () => {
    const csv = `${BOM}name,经度,纬度,investmentYi\r\n周口港,114.65,33.62,12.50\r\n\r\n"沈丘, 东区",115.1,33.4,\r\n`;
    const result = await readFeatureFile(strToU8(csv), { filename: 'projects.csv' });
    expect(result.kind).toBe('csv');
    expect(result.features.map((f) => f.row)).toEqual([2, 4]);
    expect(result.features[0]?.properties).toEqual({ name: '周口港', investmentYi: '12.50' });
    expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [114.65, 33.62] });
    expect(result.features[1]?.properties.name).toBe('沈丘, 东区');
  });

  it('reads WKT, and EWKT’s SRID as the datum', async () => {
    const quoted =
      'name,WKT\n周口,"SRID=4547;POLYGON((0 0,1 0,1 1,0 0))"\n沈丘,"SRID=4547;POINT(560316.69 3721701.68)"\n';
    const result = await readFeatureFile(strToU8(quoted), {});
    expect(result.datum).toBe('EPSG:4547');
    expect(result.datumEvidence).toBe('WKT SRID=4547');
    expect(geometryAt<Polygon>(result, 0).coordinates[0]).toHaveLength(4);
    expect(geometryAt<Point>(result, 1).coordinates).toEqual([560316.69, 3721701.68]);
  });

  it('reads GBK as Chinese Excel saves it', async () => {
    const bytes = iconv.encode('名称,经度,纬度\n周口港口物流产业集聚区,114.65,33.62\n', 'gbk');
    const result = await readFeatureFile(new Uint8Array(bytes), { filename: 'zones.csv' });
    expect(result.features[0]?.properties.名称).toBe('周口港口物流产业集聚区');
    expect(result.warnings.join()).toMatch(/read as GBK/);
  });

  it('takes off the quote our export puts before = + - @, and only that', async () => {
    const csv = "name,note,lng,lat\n'=HYPERLINK(\"x\"),'-5,114,33\n'quoted',it's,114,33\n";
    const result = await readFeatureFile(strToU8(csv), { filename: 'x.csv' });
    expect(result.features[0]?.properties).toEqual({ name: '=HYPERLINK("x")', note: '-5' });
    expect(result.features[1]?.properties).toEqual({ name: "'quoted'", note: "it's" });
  });

  it('keeps a row whose geometry cannot be read, with no geometry and a note naming the row', async () => {
    const csv = 'name,wkt\nA,POINT(114 33)\nB,POINT(abc)\nC,\n';
    const result = await readFeatureFile(strToU8(csv), { filename: 'x.csv' });
    expect(result.features.map((f) => f.geometry === null)).toEqual([false, true, true]);
    expect(result.warnings.join()).toMatch(/row 3: the WKT does not parse/);
  });

  it('names duplicate and empty headers apart so no column is lost', async () => {
    const result = await readFeatureFile(strToU8('name,name,,lng,lat\na,b,c,114,33\n'), {
      filename: 'x.csv',
    });
    expect(result.features[0]?.properties).toEqual({ name: 'a', name_2: 'b', column_3: 'c' });
  });

  it('refuses rows past the limit as it goes', async () => {
    const rows = Array.from({ length: 11 }, (_, i) => `p${i},114,33`).join('\n');
    await expectRefusal(
      () =>
        readFeatureFile(strToU8(`name,lng,lat\n${rows}\n`), {
          filename: 'x.csv',
          limits: { maxFeatures: 10 },
        }),
      'TOO_MANY_FEATURES',
    );
  });

  it('refuses unbalanced quotes', async () => {
    await expectRefusal(
      () => readFeatureFile(strToU8('name,lng,lat\n"open,114,33\n'), { filename: 'x.csv' }),
      'MALFORMED',
    );
  });

  it.skipIf(!hasOgr2ogr)('reads the CSV GDAL writes with a WKT column', async () => {
    const source = writeGeoJson(join(dir, 'zones.geojson'), [
      {
        type: 'Feature',
        properties: { name: '周口港口物流产业集聚区' },
        geometry: { type: 'Polygon', coordinates: square(114.65, 33.62) },
      },
    ]);
    const out = join(dir, 'zones.csv');
    ogr2ogr(['-f', 'CSV', '-lco', 'GEOMETRY=AS_WKT', out, source]);
    const result = await readFeatureFile(new Uint8Array(readFileSync(out)), { filename: 'zones.csv' });
    expect(result.features[0]?.properties).toEqual({ name: '周口港口物流产业集聚区' });
    expect(geometryAt<Polygon>(result, 0).coordinates[0]?.[0]).toEqual([114.64, 33.61]);
  });
});
