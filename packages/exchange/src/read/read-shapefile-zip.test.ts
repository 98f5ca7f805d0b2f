import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geometryToWgs84, parseDatum } from '@atlas/geo';
import type { Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../types';
import {
  expectRefusal,
  geometryAt,
  hasOgr2ogr,
  ogr2ogr,
  scratch,
  square,
  writeGeoJson,
  zip,
  zipFolder,
} from './fixtures/gdal';
import { readFeatureFile } from './read-feature-file';

const ZONE_NAME = '周口港口物流产业集聚区';
const { dir, done } = scratch();
afterAll(done);

const source = writeGeoJson(join(dir, 'zones.geojson'), [
  {
    type: 'Feature',
    properties: {
      name: ZONE_NAME,
      县区: '川汇区',
      investment: 12.5,
      zoneCode: 'ZK-01',
      started: '2014-05-01',
    },
    geometry: { type: 'Polygon', coordinates: square(114.65, 33.62) },
  },
  {
    type: 'Feature',
    properties: {
      name: '沈丘县产业集聚区',
      县区: '沈丘县',
      investment: null,
      zoneCode: 'SQ-01',
      started: null,
    },
    geometry: { type: 'Polygon', coordinates: square(115.1, 33.4) },
  },
]);

/** A zipped Shapefile GDAL writes from the zones above, with the layer creation options given. */
function shapefileZip(name: string, args: readonly string[], edit?: (folder: string) => void): Uint8Array {
  const folder = join(dir, name);
  ogr2ogr(['-f', 'ESRI Shapefile', ...args, '-nln', name, folder, source]);
  edit?.(folder);
  return zip(zipFolder(folder));
}

describe.skipIf(!hasOgr2ogr)('readFeatureFile on Shapefiles GDAL writes', () => {
  it.each([
    ['UTF-8', []],
    ['GBK', []],
    ['GBK without a .cpg', ['drop-cpg']],
    ['GBK with .cpg "936"', ['cpg-936']],
  ] as const)('reads Chinese names and values in %s', async (label, edits) => {
    const encoding = label.startsWith('GBK') ? 'GBK' : 'UTF-8';
    const bytes = shapefileZip(
      `zones_${edits.join('_') || encoding.replace('-', '')}`,
      ['-lco', `ENCODING=${encoding}`],
      (folder) => {
        const cpg = join(folder, `zones_${edits.join('_') || encoding.replace('-', '')}.cpg`);
        if (edits.includes('drop-cpg' as never)) rmSync(cpg);
        if (edits.includes('cpg-936' as never)) writeFileSync(cpg, '936');
      },
    );
    const result = await readFeatureFile(bytes, { filename: 'zones.zip' });
    expect(result.kind).toBe('shp.zip');
    expect(result.features.map((f) => f.row)).toEqual([1, 2]);
    const [first, second] = result.features;
    expect(first?.properties.name).toBe(ZONE_NAME);
    expect(first?.properties.县区).toBe('川汇区');
    expect(first?.properties.investment).toBe(12.5);
    expect(first?.properties.started).toBe('2014-05-01');
    expect(second?.properties.investment).toBeNull();
    expect(second?.properties.started).toBeNull();
    // One layer: no layer name is added to the attributes.
    expect(first?.properties).not.toHaveProperty('layer');
    expect(first?.geometry?.type).toBe('Polygon');
  });

  it('keeps CGCS2000 Gauss–Krüger coordinates as stored and names the datum from the .prj', async () => {
    const bytes = shapefileZip('zones_gk', ['-t_srs', 'EPSG:4547']);
    const result = await readFeatureFile(bytes, {});
    expect(result.datum).toBe('EPSG:4547');
    expect(result.datumEvidence).toBe('zones_gk.prj: CGCS2000_3_Degree_GK_CM_114E');
    const polygon = result.features[0]?.geometry as Polygon;
    expect(polygon.coordinates[0]?.[0]?.[0]).toBeGreaterThan(500_000);
    const wgs = geometryToWgs84(polygon, parseDatum(result.datum ?? '')) as Polygon;
    const [lng, lat] = wgs.coordinates[0]?.[0] ?? [];
    expect(lng).toBeCloseTo(114.64, 6);
    expect(lat).toBeCloseTo(33.61, 6);
  });

  it('reads the zone-prefixed variant and names its zone', async () => {
    const result = await readFeatureFile(shapefileZip('zones_z38', ['-t_srs', 'EPSG:4526']), {});
    expect(result.datum).toBe('EPSG:4526');
    expect(geometryAt<Polygon>(result, 0).coordinates[0]?.[0]?.[0]).toBeGreaterThan(38_000_000);
  });

  it('leaves the datum to the user, with a warning, for a .prj it does not know (Xi’an 1980)', async () => {
    const result = await readFeatureFile(shapefileZip('zones_xian', ['-t_srs', 'EPSG:2383']), {});
    expect(result.datum).toBeNull();
    expect(result.datumEvidence).toContain('Xian_1980');
    expect(result.warnings.join('\n')).toMatch(/本系统不认识.*does not know/);
  });

  it('concatenates several layers, naming each feature’s layer, in one datum', async () => {
    const a = zipFolder(join(dir, 'zones_gk'), 'survey/');
    ogr2ogr(['-f', 'ESRI Shapefile', '-t_srs', 'EPSG:4547', '-nln', 'sites', join(dir, 'sites'), source]);
    const b = zipFolder(join(dir, 'sites'), 'survey/');
    const result = await readFeatureFile(zip({ ...a, ...b }), {});
    expect(result.features).toHaveLength(4);
    expect(result.features.map((f) => f.row)).toEqual([1, 2, 3, 4]);
    expect(result.features.map((f) => f.properties.layer)).toEqual([
      'sites',
      'sites',
      'zones_gk',
      'zones_gk',
    ]);
    expect(result.datum).toBe('EPSG:4547');
  });

  it('refuses layers in different datums', async () => {
    const a = zipFolder(join(dir, 'zones_gk'));
    const b = zipFolder(join(dir, 'zones_z38'));
    await expectRefusal(() => readFeatureFile(zip({ ...a, ...b }), {}), 'DATUM_MISMATCH');
  });

  it('counts shapes before parsing them and refuses past the limit', async () => {
    const bytes = zip(zipFolder(join(dir, 'zones_gk')));
    await expectRefusal(() => readFeatureFile(bytes, { limits: { maxFeatures: 1 } }), 'TOO_MANY_FEATURES');
    expect((await readFeatureFile(bytes, { limits: { maxFeatures: 2 } })).features).toHaveLength(2);
  });

  it('refuses a .shp whose record runs past its end, and a .dbf that claims more records than it holds', async () => {
    const files = zipFolder(join(dir, 'zones_gk'));
    const shp = (files['zones_gk.shp'] as Uint8Array).slice();
    new DataView(shp.buffer).setInt32(104, 0x7fffffff);
    await expectRefusal(() => readFeatureFile(zip({ ...files, 'zones_gk.shp': shp }), {}), 'MALFORMED');
    const dbf = (files['zones_gk.dbf'] as Uint8Array).slice();
    new DataView(dbf.buffer).setUint32(4, 4_000_000_000, true);
    await expectRefusal(() => readFeatureFile(zip({ ...files, 'zones_gk.dbf': dbf }), {}), 'MALFORMED');
  });

  it('refuses a zip slip entry beside a good layer, reading nothing', async () => {
    const files = zipFolder(join(dir, 'zones_gk'));
    const evil = { ...files, '../../evil.shp': files['zones_gk.shp'] as Uint8Array };
    await expectRefusal(() => readFeatureFile(zip(evil), { limits: DEFAULT_READ_LIMITS }), 'ZIP_PATH');
  });

  it('says so when the zip has no .prj', async () => {
    const files = zipFolder(join(dir, 'zones_gk'));
    delete files['zones_gk.prj'];
    const result = await readFeatureFile(zip(files), {});
    expect(result.datum).toBeNull();
    expect(result.warnings.join()).toMatch(/缺少 \.prj/);
  });
});

describe.skipIf(!hasOgr2ogr)('the .prj text GDAL writes', () => {
  it('is the ESRI WKT the reader expects', () => {
    expect(readFileSync(join(dir, 'zones_gk', 'zones_gk.prj'), 'utf8')).toMatch(
      /^PROJCS\["CGCS2000_3_Degree_GK_CM_114E"/,
    );
  });
});
