import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { Point } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { expectRefusal, geometryAt, hasOgr2ogr, ogr2ogr, scratch, writeGeoJson } from './fixtures/gdal';
import { readFeatureFile } from './read-feature-file';

const { dir, done } = scratch();
afterAll(done);

const json = (value: unknown) => strToU8(JSON.stringify(value));
const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });

describe('readFeatureFile on GeoJSON', () => {
  it('reads a FeatureCollection in order, keeping a Feature’s id as an attribute', async () => {
    const result = await readFeatureFile(
      json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 'p-1', properties: { name: '周口港' }, geometry: point(114.65, 33.62) },
          { type: 'Feature', properties: null, geometry: null },
        ],
      }),
      {},
    );
    expect(result.kind).toBe('geojson');
    expect(result.datum).toBeNull();
    expect(result.features).toEqual([
      { row: 1, properties: { name: '周口港', id: 'p-1' }, geometry: point(114.65, 33.62) },
      { row: 2, properties: {}, geometry: null },
    ]);
  });

  it('reads one Feature and a bare geometry', async () => {
    const feature = await readFeatureFile(
      json({ type: 'Feature', properties: { a: 1 }, geometry: point(114, 33) }),
      {},
    );
    expect(feature.features).toHaveLength(1);
    const bare = await readFeatureFile(
      json({
        type: 'GeometryCollection',
        geometries: [
          point(114, 33),
          {
            type: 'LineString',
            coordinates: [
              [114, 33],
              [115, 34],
            ],
          },
        ],
      }),
      {},
    );
    expect(bare.features[0]?.geometry?.type).toBe('GeometryCollection');
  });

  it('names the datum from a crs member, and warns on one it does not know', async () => {
    const named = (name: string) => ({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name } },
      features: [],
    });
    const gk = await readFeatureFile(json(named('urn:ogc:def:crs:EPSG::4547')), {});
    expect(gk.datum).toBe('EPSG:4547');
    expect(gk.datumEvidence).toBe('crs: urn:ogc:def:crs:EPSG::4547');
    const unknown = await readFeatureFile(json(named('urn:ogc:def:crs:EPSG::2383')), {});
    expect(unknown.datum).toBeNull();
    expect(unknown.warnings.join()).toMatch(/crs not understood/);
  });

  it.skipIf(!hasOgr2ogr)('reads the projected GeoJSON ogr2ogr writes, with its crs', async () => {
    const source = writeGeoJson(join(dir, 'in.geojson'), [
      { type: 'Feature', properties: { name: '周口' }, geometry: point(114.65, 33.62) },
    ]);
    const out = join(dir, 'out.geojson');
    ogr2ogr(['-t_srs', 'EPSG:4526', '-f', 'GeoJSON', out, source]);
    const result = await readFeatureFile(new Uint8Array(readFileSync(out)), { filename: 'out.geojson' });
    expect(result.datum).toBe('EPSG:4526');
    expect(geometryAt<Point>(result, 0).coordinates[0]).toBeGreaterThan(38_000_000);
  });

  it.each([
    [
      'a coordinate of 1e999 (Infinity)',
      '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e999,33]}}',
    ],
    [
      'a string coordinate',
      '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["114",33]}}',
    ],
    [
      'a polygon nested too shallow',
      '{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[114,33],[115,34]]}}',
    ],
    [
      'an unknown geometry type',
      '{"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[114,33]}}',
    ],
    ['properties that are a list', '{"type":"Feature","properties":[1],"geometry":null}'],
    ['a collection without features', '{"type":"FeatureCollection"}'],
    ['JSON cut short', '{"type":"FeatureCollection","features":[{"type":'],
    ['an object that is not GeoJSON', '{"not":"geojson"}'],
    ['a JSON array', '[1,2]'],
  ])('refuses %s', async (_case, text) => {
    await expectRefusal(() => readFeatureFile(strToU8(text), { filename: 'x.geojson' }), 'MALFORMED');
  });

  it('refuses more features than the limit before reading any', async () => {
    const features = Array.from({ length: 11 }, () => ({ type: 'Feature', properties: {}, geometry: null }));
    await expectRefusal(
      () => readFeatureFile(json({ type: 'FeatureCollection', features }), { limits: { maxFeatures: 10 } }),
      'TOO_MANY_FEATURES',
    );
  });
});
