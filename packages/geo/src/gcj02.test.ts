import distance from '@turf/distance';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from './gcj02';

describe('gcj02ToWgs84', () => {
  // GCJ-02 shifts Zhoukou about 500 m east and 170 m south of true (PUBLIC-SOURCES.md).
  const gcj: Point = { type: 'Point', coordinates: [114.650628, 33.647598] };

  it('moves a Zhoukou position back west and north by roughly half a kilometre', () => {
    const wgs = gcj02ToWgs84(gcj);
    const [lng, lat] = wgs.coordinates as [number, number];
    expect(lng).toBeLessThan(114.650628);
    expect(lat).toBeGreaterThan(33.647598);
    const km = distance(gcj.coordinates, wgs.coordinates, { units: 'kilometers' });
    expect(km).toBeGreaterThan(0.3);
    expect(km).toBeLessThan(0.8);
  });

  it('leaves its input untouched', () => {
    gcj02ToWgs84(gcj);
    expect(gcj.coordinates).toEqual([114.650628, 33.647598]);
  });
});
