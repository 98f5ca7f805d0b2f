import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { countyByAdcode } from '../plan/counties';
import { ZONES, zoneByCode } from '../plan/zones';
import { NOMINAL_ZONE_AREA_KM2, zoneFootprint } from './zone-footprints';

describe('zone footprints', () => {
  it('are approximations that say how they were drawn', () => {
    for (const zone of ZONES) {
      const { provenance } = zoneFootprint(zone);
      expect(provenance.kind).toBe('APPROXIMATE');
      expect(provenance.citation).toMatch(/not a surveyed boundary/);
      expect(provenance.citation).toMatch(/area (from|not published)/);
      expect(provenance.citation).toMatch(/side (from|not published)/);
    }
  });

  it('draw 太康 at its published 12.5 km², south-west of the county seat', () => {
    const taikang = zoneByCode('taikang');
    const { polygon, provenance } = zoneFootprint(taikang);
    expect(area(polygon) / 1e6).toBeCloseTo(12.5, 1);
    const seat = countyByAdcode(taikang.countyAdcode).seat as [number, number];
    for (const [lng, lat] of polygon.coordinates[0] ?? []) {
      expect(lng).toBeLessThan(seat[0]);
      expect(lat).toBeLessThan(seat[1]);
    }
    expect(provenance.citation).toMatch(/中国台湾网 2011-09-19/);
  });

  it('use the nominal area where none is published, and say so', () => {
    const { polygon, provenance } = zoneFootprint(zoneByCode('xihua'));
    expect(area(polygon) / 1e6).toBeCloseTo(NOMINAL_ZONE_AREA_KM2, 1);
    expect(provenance.citation).toMatch(/nominal 10 km²/);
  });
});
