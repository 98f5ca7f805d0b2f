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
  zip,
} from './fixtures/gdal';
import { readFeatureFile } from './read-feature-file';

const { dir, done } = scratch();
afterAll(done);

const PLACEMARKS = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Style id="red"><LineStyle><color>ff0000ff</color></LineStyle></Style>
<Placemark><name>周口港</name><styleUrl>#red</styleUrl>
  <ExtendedData><Data name="zoneCode"><value>ZK-01</value></Data></ExtendedData>
  <Point><coordinates>114.65,33.62,0</coordinates></Point></Placemark>
<Placemark><name>沈丘</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
  115.09,33.39 115.11,33.39 115.11,33.41 115.09,33.41 115.09,33.39
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>`;

describe('readFeatureFile on KML and KMZ', () => {
  it('reads placemarks in order, in WGS 84, with their data and without their style', async () => {
    const result = await readFeatureFile(strToU8(PLACEMARKS), { filename: 'sites.kml' });
    expect(result.kind).toBe('kml');
    expect(result.datum).toBe('WGS84');
    expect(result.features.map((f) => [f.row, f.properties.name])).toEqual([
      [1, '周口港'],
      [2, '沈丘'],
    ]);
    expect(result.features[0]?.properties.zoneCode).toBe('ZK-01');
    expect(result.features[0]?.properties).not.toHaveProperty('styleUrl');
    expect(geometryAt<Point>(result, 0).coordinates.slice(0, 2)).toEqual([114.65, 33.62]);
    expect(geometryAt<Polygon>(result, 1).coordinates[0]).toHaveLength(5);
  });

  it('reads a KMZ’s doc.kml', async () => {
    const bytes = zip({ 'doc.kml': strToU8(PLACEMARKS), 'files/icon.png': new Uint8Array([1, 2, 3]) });
    const result = await readFeatureFile(bytes, {});
    expect(result.kind).toBe('kmz');
    expect(result.features).toHaveLength(2);
    expect(result.datumEvidence).toContain('doc.kml');
  });

  it('reads a KML that declares GBK', async () => {
    const gbk = iconv.encode(PLACEMARKS.replace('encoding="UTF-8"', 'encoding="GBK"'), 'gbk');
    const result = await readFeatureFile(new Uint8Array(gbk), {});
    expect(result.features[0]?.properties.name).toBe('周口港');
  });

  it.skipIf(!hasOgr2ogr)('reads the KML GDAL writes', async () => {
    const source = writeGeoJson(join(dir, 'zones.geojson'), [
      {
        type: 'Feature',
        properties: { name: '周口港口物流产业集聚区', zoneCode: 'ZK-01' },
        geometry: { type: 'Polygon', coordinates: square(114.65, 33.62) },
      },
    ]);
    const out = join(dir, 'zones.kml');
    ogr2ogr(['-f', 'KML', out, source]);
    const result = await readFeatureFile(new Uint8Array(readFileSync(out)), {});
    expect(result.features).toHaveLength(1);
    expect(result.features[0]?.properties.name).toBe('周口港口物流产业集聚区');
    expect(result.features[0]?.properties.zoneCode).toBe('ZK-01');
    const ring = geometryAt<Polygon>(result, 0).coordinates[0] ?? [];
    expect(ring[0]?.[0]).toBeCloseTo(114.64, 9);
  });

  it.each([
    ['a mismatched tag', PLACEMARKS.replace('</Placemark>', '</Document>')],
    ['a file cut short', PLACEMARKS.slice(0, PLACEMARKS.length / 2)],
    ['an unquoted attribute', PLACEMARKS.replace('id="red"', 'id=red')],
    ['two roots', `${PLACEMARKS}<kml/>`],
  ])('refuses malformed XML whole: %s', async (_case, text) => {
    await expectRefusal(() => readFeatureFile(strToU8(text), { filename: 'x.kml' }), 'MALFORMED');
  });

  it('refuses a KML with a DOCTYPE and entities (billion laughs, XXE) before parsing', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&lol2;</name></Placemark></Document></kml>`;
    const error = await expectRefusal(() => readFeatureFile(strToU8(laughs), {}), 'MALFORMED');
    expect(error.messageEn).toMatch(/DOCTYPE or ENTITY/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml><Document><Placemark><name>&x;</name></Placemark></Document></kml>`;
    await expectRefusal(() => readFeatureFile(strToU8(xxe), {}), 'MALFORMED');
  });

  it('refuses more placemarks than the limit before converting them', async () => {
    await expectRefusal(
      () => readFeatureFile(strToU8(PLACEMARKS), { limits: { maxFeatures: 1 } }),
      'TOO_MANY_FEATURES',
    );
  });

  it('refuses a KMZ without a KML, and XML that is not KML', async () => {
    await expectRefusal(
      () => readFeatureFile(strToU8('<?xml version="1.0"?><gpx></gpx>'), {}),
      'UNKNOWN_FORMAT',
    );
    await expectRefusal(() => readFeatureFile(zip({ 'readme.txt': strToU8('x') }), {}), 'UNKNOWN_FORMAT');
  });
});
