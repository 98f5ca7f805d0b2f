import type { LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BLOCK, BLOCK_POLYGON } from './test-geometries';
import { validateGeometry } from './validate-geometry';

function signedArea(ring: Position[]): number {
  return ring.slice(0, -1).reduce((sum, [x1 = 0, y1 = 0], i) => {
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    return sum + (x1 * y2 - x2 * y1);
  }, 0);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('validateGeometry: the normalized copy', () => {
  it('leaves its input untouched', () => {
    const clockwise = BLOCK.slice().reverse();
    const input = deepFreeze({
      type: 'MultiPolygon',
      coordinates: [
        [[...clockwise.slice(0, 2), clockwise[1], ...clockwise.slice(2)].map((p) => [...(p ?? []), 50])],
      ],
    });
    const before = structuredClone(input);
    const result = validateGeometry(input);
    expect(result.ok).toBe(true);
    expect(input).toEqual(before);
  });

  it('turns a clockwise outer ring counter-clockwise and a counter-clockwise hole clockwise', () => {
    const clockwise = BLOCK.slice().reverse();
    const hole = [
      [114.645, 33.615],
      [114.655, 33.615],
      [114.655, 33.625],
      [114.645, 33.625],
      [114.645, 33.615],
    ];
    expect(signedArea(clockwise)).toBeLessThan(0);
    expect(signedArea(hole)).toBeGreaterThan(0);
    const result = validateGeometry<Polygon>({ type: 'Polygon', coordinates: [clockwise, hole] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [outer = [], inner = []] = result.geometry.coordinates;
    expect(signedArea(outer)).toBeGreaterThan(0);
    expect(signedArea(inner)).toBeLessThan(0);
    expect(outer).toEqual(BLOCK);
  });

  it('keeps an already counter-clockwise ring as it is', () => {
    expect(validateGeometry(BLOCK_POLYGON)).toEqual({ ok: true, geometry: BLOCK_POLYGON });
  });

  it('does not reverse a line, whose direction may mean something (a river’s flow)', () => {
    const westward: LineString = {
      type: 'LineString',
      coordinates: [
        [114.7, 33.6],
        [114.6, 33.65],
        [114.5, 33.6],
      ],
    };
    expect(validateGeometry(westward)).toEqual({ ok: true, geometry: westward });
  });

  it('rounds to 6 decimals and merges the repeated positions rounding leaves', () => {
    const input = {
      type: 'LineString',
      coordinates: [
        [114.6512345678, 33.6298765432],
        [114.65123451, 33.6298766],
        [114.7000004, 33.6499996],
      ],
    };
    expect(validateGeometry<LineString>(input)).toEqual({
      ok: true,
      geometry: {
        type: 'LineString',
        coordinates: [
          [114.651235, 33.629877],
          [114.7, 33.65],
        ],
      },
    });
  });

  it('removes repeated consecutive positions from a ring', () => {
    const repeated = [BLOCK[0], BLOCK[1], BLOCK[1], BLOCK[2], BLOCK[3], BLOCK[3], BLOCK[4]];
    const result = validateGeometry<MultiPolygon>({ type: 'MultiPolygon', coordinates: [[repeated]] });
    expect(result).toEqual({ ok: true, geometry: { type: 'MultiPolygon', coordinates: [[BLOCK]] } });
  });

  it('returns only type and coordinates, in new arrays', () => {
    const input = { type: 'Point', coordinates: [114.65, 33.62], bbox: [0, 0, 1, 1], properties: {} };
    const result = validateGeometry<Point>(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.geometry).toEqual({ type: 'Point', coordinates: [114.65, 33.62] });
    expect(result.geometry.coordinates).not.toBe(input.coordinates);
  });
});
