import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { squareBesideSeat } from './footprint';

const SEAT: [number, number] = [114.86667, 34.06667]; // 太康县城

describe('squareBesideSeat', () => {
  it('has the requested area (within 0.5%)', () => {
    const square = squareBesideSeat(SEAT, 225, 12.5, 0.5);
    expect(area(square) / 1e6).toBeCloseTo(12.5, 1);
    expect(Math.abs(area(square) / 1e6 - 12.5) / 12.5).toBeLessThan(0.005);
  });

  it('lies on the requested side and leaves the seat outside', () => {
    const square = squareBesideSeat(SEAT, 225, 12.5, 0.5);
    expect(booleanPointInPolygon(SEAT, square)).toBe(false);
    for (const [lng, lat] of square.coordinates[0] ?? []) {
      expect(lng).toBeLessThan(SEAT[0]);
      expect(lat).toBeLessThan(SEAT[1]);
    }
  });

  it('keeps its nearest edge the gap away, due south as well as diagonally', () => {
    const south = squareBesideSeat(SEAT, 180, 9, 0.5);
    const northEdgeLat = Math.max(...(south.coordinates[0] ?? []).map((p) => p[1] as number));
    const gapKm = distance(SEAT, [SEAT[0], northEdgeLat], { units: 'kilometers' });
    expect(gapKm).toBeCloseTo(0.5, 2);
  });

  it('is a closed, counter-clockwise ring as RFC 7946 asks', () => {
    const ring = squareBesideSeat(SEAT, 90, 10, 0.5).coordinates[0] ?? [];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    const signedArea = ring.slice(0, -1).reduce((sum, [x1, y1], i) => {
      const [x2, y2] = ring[i + 1] as number[];
      return sum + ((x1 as number) * (y2 as number) - (x2 as number) * (y1 as number));
    }, 0);
    expect(signedArea).toBeGreaterThan(0);
  });

  it('refuses a non-positive area', () => {
    expect(() => squareBesideSeat(SEAT, 90, 0, 0.5)).toThrow(RangeError);
  });
});
