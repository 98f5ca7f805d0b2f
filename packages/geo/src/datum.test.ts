import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import distance from '@turf/distance';
import gcoord from 'gcoord';
import type { Geometry, Point, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Datum,
  datumOfGeoJsonCrs,
  datumOfPrj,
  geometryFromWgs84,
  geometryToWgs84,
  parseDatum,
} from './datum';

// GDAL is the outside tool these answers come from; it is installed here and in CI (gdal-bin).
const OGR2OGR = '/usr/bin/ogr2ogr';
const GDALSRSINFO = '/usr/bin/gdalsrsinfo';
const hasGdal = existsSync(OGR2OGR) && existsSync(GDALSRSINFO);

/** Known WGS 84 places across Zhoukou, from its centre to its edges. */
const PLACES: Record<string, [number, number]> = {
  周口: [114.65, 33.62],
  沈丘: [115.1, 33.4],
  鹿邑: [115.48, 33.86],
  扶沟: [114.39, 34.06],
};

function metres(a: Position, b: Position): number {
  return distance(a.slice(0, 2), b.slice(0, 2), { units: 'kilometers' }) * 1000;
}

function pointOf(geometry: Geometry): Position {
  if (geometry.type !== 'Point') throw new Error(`expected a Point, got ${geometry.type}`);
  return geometry.coordinates;
}

const work = mkdtempSync(join(tmpdir(), 'atlas-datum-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const wktCache = new Map<string, string>();

/** The CRS's WKT as GDAL writes it (`wkt_esri` is what goes into a Shapefile's .prj). */
function gdalWkt(format: 'wkt_esri' | 'wkt1', code: number): string {
  const key = `${format}:${code}`;
  let wkt = wktCache.get(key);
  if (wkt === undefined) {
    wkt = execFileSync(GDALSRSINFO, ['-o', format, `EPSG:${code}`], { encoding: 'utf8' }).trim();
    wktCache.set(key, wkt);
  }
  return wkt;
}

const esriWkt = (code: number) => gdalWkt('wkt_esri', code);
const ogcWkt = (code: number) => gdalWkt('wkt1', code);

describe('parseDatum', () => {
  it.each([
    ['WGS84', 'WGS84'],
    ['wgs-84', 'WGS84'],
    ['EPSG:4326', 'WGS84'],
    ['CGCS2000', 'CGCS2000'],
    ['EPSG:4490', 'CGCS2000'],
    ['GCJ02', 'GCJ02'],
    ['gcj-02', 'GCJ02'],
    ['BD09', 'BD09'],
    ['bd-09', 'BD09'],
    ['EPSG:3857', 'EPSG:3857'],
    ['epsg:4547', 'EPSG:4547'],
    ['EPSG:4513', 'EPSG:4513'],
    ['EPSG:4533', 'EPSG:4533'],
    ['EPSG:4534', 'EPSG:4534'],
    ['EPSG:4554', 'EPSG:4554'],
  ])('reads %s as %s', (text, datum) => {
    expect(parseDatum(text)).toBe(datum);
  });

  it.each(['EPSG:4512', 'EPSG:4555', 'EPSG:2383', 'EPSG:32650', 'Xian80', '', 'EPSG:'])(
    'refuses %j in Chinese and English, listing what it accepts',
    (text) => {
      expect(() => parseDatum(text)).toThrow(/未知坐标系.*unknown datum.*CGCS2000.*EPSG:4513/s);
    },
  );
});

describe.skipIf(!hasGdal)('datumOfPrj on .prj texts GDAL writes', () => {
  // Both ends of both series and the zones around Zhoukou; GDAL takes a moment per call.
  const gaussKruger = [4513, 4525, 4526, 4527, 4533, 4534, 4546, 4547, 4548, 4554];

  it('names the CGCS2000 3° Gauss–Krüger zones from their ESRI names', () => {
    for (const code of gaussKruger) expect(datumOfPrj(esriWkt(code))).toBe(`EPSG:${code}`);
  });

  it('names the zones from OGC WKT (QGIS, GDAL) by their EPSG authority', () => {
    for (const code of [4526, 4527, 4547, 4548]) {
      expect(datumOfPrj(ogcWkt(code))).toBe(`EPSG:${code}`);
    }
  });

  it('names a zone from its parameters when the name is one it does not know', () => {
    for (const code of [4526, 4547, 4548]) {
      const renamed = esriWkt(code).replace(/^PROJCS\["[^"]*"/, 'PROJCS["Zhoukou_Survey_2019"');
      expect(datumOfPrj(renamed)).toBe(`EPSG:${code}`);
      const bare = ogcWkt(code)
        .replace(/,\s*AUTHORITY\["EPSG","\d+"\]/g, '')
        .replace(/^PROJCS\["[^"]*"/, 'PROJCS["unnamed"');
      expect(datumOfPrj(bare)).toBe(`EPSG:${code}`);
    }
  });

  it('reads the geographic datums and Web Mercator', () => {
    expect(datumOfPrj(esriWkt(4326))).toBe('WGS84');
    expect(datumOfPrj(esriWkt(4490))).toBe('CGCS2000');
    expect(datumOfPrj(esriWkt(3857))).toBe('EPSG:3857');
    expect(datumOfPrj(ogcWkt(3857))).toBe('EPSG:3857');
  });

  it('reads the .prj ogr2ogr writes beside a Shapefile', () => {
    const source = join(work, 'prj-source.geojson');
    writeFileSync(source, JSON.stringify(pointCollection()));
    for (const code of [4547, 4526]) {
      const out = join(work, `prj-${code}`);
      execFileSync(OGR2OGR, ['-t_srs', `EPSG:${code}`, '-f', 'ESRI Shapefile', out, source]);
      expect(datumOfPrj(readFileSync(join(out, 'prj-source.prj'), 'utf8'))).toBe(`EPSG:${code}`);
    }
  });

  it('knows nothing of other datums and projections: Xi’an 1980, Beijing 1954, UTM, a 3° zone off its grid', () => {
    expect(datumOfPrj(esriWkt(2383))).toBeNull();
    expect(datumOfPrj(esriWkt(2435))).toBeNull();
    expect(datumOfPrj(esriWkt(32650))).toBeNull();
    expect(datumOfPrj(ogcWkt(32650))).toBeNull();
    const shifted = esriWkt(4547)
      .replace(/^PROJCS\["[^"]*"/, 'PROJCS["custom"')
      .replace('PARAMETER["False_Northing",0.0]', 'PARAMETER["False_Northing",100.0]');
    expect(datumOfPrj(shifted)).toBeNull();
    expect(datumOfPrj('not a projection')).toBeNull();
  });
});

describe('datumOfGeoJsonCrs', () => {
  const named = (name: unknown) => ({ type: 'name', properties: { name } });

  it('reads the names GDAL and others write', () => {
    expect(datumOfGeoJsonCrs(named('urn:ogc:def:crs:EPSG::4547'))).toBe('EPSG:4547');
    expect(datumOfGeoJsonCrs(named('EPSG:4490'))).toBe('CGCS2000');
    expect(datumOfGeoJsonCrs(named('urn:ogc:def:crs:OGC:1.3:CRS84'))).toBe('WGS84');
    expect(datumOfGeoJsonCrs(named('urn:ogc:def:crs:EPSG::3857'))).toBe('EPSG:3857');
    expect(datumOfGeoJsonCrs(named('http://www.opengis.net/def/crs/EPSG/0/4526'))).toBe('EPSG:4526');
  });

  it('returns null for what it cannot read', () => {
    expect(datumOfGeoJsonCrs(named('urn:ogc:def:crs:EPSG::2383'))).toBeNull();
    expect(datumOfGeoJsonCrs(named(4547))).toBeNull();
    expect(datumOfGeoJsonCrs({ type: 'link', properties: { href: 'x' } })).toBeNull();
    expect(datumOfGeoJsonCrs(null)).toBeNull();
    expect(datumOfGeoJsonCrs('EPSG:4547')).toBeNull();
  });
});

function pointCollection() {
  return {
    type: 'FeatureCollection',
    features: Object.entries(PLACES).map(([name, coordinates]) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'Point', coordinates },
    })),
  };
}

describe.skipIf(!hasGdal)('known answers from ogr2ogr', () => {
  const source = join(work, 'places.geojson');
  writeFileSync(source, JSON.stringify(pointCollection()));

  it.each([4547, 4526, 4548, 4527, 3857])(
    'EPSG:%i points land within 1 m of the WGS 84 originals',
    (code) => {
      const out = join(work, `places-${code}.geojson`);
      execFileSync(OGR2OGR, ['-t_srs', `EPSG:${code}`, '-f', 'GeoJSON', out, source]);
      const projected = JSON.parse(readFileSync(out, 'utf8')) as {
        crs: unknown;
        features: { properties: { name: string }; geometry: Point }[];
      };
      const datum = datumOfGeoJsonCrs(projected.crs) as Datum;
      expect(datum).toBe(`EPSG:${code}`);
      expect(projected.features).toHaveLength(Object.keys(PLACES).length);
      for (const feature of projected.features) {
        const original = PLACES[feature.properties.name] as Position;
        // The projected numbers are metres, far from any longitude: a missed conversion fails here.
        expect(metres(feature.geometry.coordinates, original)).toBeGreaterThan(1e5);
        const back = pointOf(geometryToWgs84(feature.geometry, datum));
        expect(metres(back, original)).toBeLessThan(1);
        const there = pointOf(geometryFromWgs84({ type: 'Point', coordinates: original }, datum));
        expect(Math.hypot(...there.map((v, i) => v - (feature.geometry.coordinates[i] ?? 0)))).toBeLessThan(
          1,
        );
      }
    },
  );
});

describe('GCJ-02 and BD-09 made by gcoord', () => {
  it.each(['GCJ02', 'BD09'] as const)('%s points come back within 5 m', (datum) => {
    for (const original of Object.values(PLACES)) {
      const shifted = gcoord.transform([...original], gcoord.WGS84, gcoord[datum]) as Position;
      // The offset is hundreds of metres; reading it as WGS 84 would fail the 5 m test.
      expect(metres(shifted, original)).toBeGreaterThan(100);
      const back = pointOf(geometryToWgs84({ type: 'Point', coordinates: shifted }, datum));
      expect(metres(back, original)).toBeLessThan(5);
    }
  });
});

describe('geometry conversion', () => {
  const ring: Position[] = [
    [114.6, 33.6],
    [114.7, 33.6],
    [114.7, 33.7],
    [114.6, 33.7],
    [114.6, 33.6],
  ];
  const shapes: Geometry[] = [
    { type: 'Point', coordinates: [114.65, 33.62, 42] },
    { type: 'MultiPoint', coordinates: [ring[0] as Position, ring[2] as Position] },
    { type: 'LineString', coordinates: ring.slice(0, 3) },
    { type: 'MultiLineString', coordinates: [ring.slice(0, 2), ring.slice(2, 4)] },
    { type: 'Polygon', coordinates: [ring] },
    {
      type: 'MultiPolygon',
      coordinates: [[ring], [ring.map(([x, y]) => [(x as number) + 0.5, y as number])]],
    },
    {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [115.1, 33.4] },
        { type: 'Polygon', coordinates: [ring] },
      ],
    },
  ];

  function positionsOf(geometry: Geometry): Position[] {
    switch (geometry.type) {
      case 'GeometryCollection':
        return geometry.geometries.flatMap(positionsOf);
      case 'Point':
        return [geometry.coordinates];
      case 'MultiPoint':
      case 'LineString':
        return geometry.coordinates;
      case 'MultiLineString':
      case 'Polygon':
        return geometry.coordinates.flat();
      case 'MultiPolygon':
        return geometry.coordinates.flat(2);
    }
  }

  it.each(shapes.map((shape) => [shape.type, shape] as const))(
    '%s goes to EPSG:4547 and back to within a centimetre, every position moved',
    (_type, shape) => {
      const before = structuredClone(shape);
      const projected = geometryFromWgs84(shape, 'EPSG:4547');
      expect(projected.type).toBe(shape.type);
      const back = geometryToWgs84(projected, 'EPSG:4547');
      const original = positionsOf(shape);
      const moved = positionsOf(projected);
      const returned = positionsOf(back);
      expect(moved).toHaveLength(original.length);
      expect(returned).toHaveLength(original.length);
      original.forEach((position, i) => {
        expect((moved[i] as Position)[0]).toBeGreaterThan(400_000);
        expect(metres(returned[i] as Position, position)).toBeLessThan(0.01);
      });
      expect(shape).toEqual(before);
    },
  );

  it('keeps a height and drops a bbox that would be in the old datum', () => {
    const point = {
      type: 'Point',
      coordinates: [114.65, 33.62, 42],
      bbox: [114.65, 33.62, 114.65, 33.62],
    } as Point;
    const projected = geometryFromWgs84(point, 'EPSG:4526') as Point;
    expect(projected.coordinates[2]).toBe(42);
    expect(projected.coordinates[0]).toBeGreaterThan(38_000_000);
    expect(projected.bbox).toBeUndefined();
  });

  it('treats CGCS2000 as WGS 84 and returns a copy', () => {
    const point: Point = { type: 'Point', coordinates: [114.65, 33.62] };
    const same = geometryToWgs84(point, 'CGCS2000');
    expect(same).toEqual(point);
    expect(same).not.toBe(point);
  });

  it('throws on positions that are not finite or that the datum cannot hold', () => {
    expect(() => geometryToWgs84({ type: 'Point', coordinates: [Number.NaN, 33] }, 'EPSG:4547')).toThrow(
      /无法.*cannot be converted/,
    );
    expect(() => geometryToWgs84({ type: 'Point', coordinates: [1e20, 1e20] }, 'EPSG:4547')).toThrow(
      /cannot be converted/,
    );
    expect(() =>
      geometryToWgs84({ type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 33] }, 'GCJ02'),
    ).toThrow(/cannot be converted/);
  });

  it('refuses a datum string no parser made', () => {
    expect(() => geometryToWgs84({ type: 'Point', coordinates: [0, 0] }, 'EPSG:2383')).toThrow(
      /未知坐标系.*unknown datum/,
    );
  });
});
