import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  checkGeometryLimits,
  FILTER_GEOMETRY_LIMITS,
  type GeometryLimits,
  WRITE_GEOMETRY_LIMITS,
} from './geometry-limits';

const LIMITS: GeometryLimits = { positions: 100, rings: 3, parts: 2 };

/** `n` positions along a line in 川汇区; closed into a ring when asked. */
function positions(n: number, closed = false): Position[] {
  const line = Array.from({ length: closed ? n - 1 : n }, (_, i): Position => [114.6 + i * 1e-5, 33.6]);
  return closed ? [...line, line[0] as Position] : line;
}

describe('checkGeometryLimits', () => {
  it('passes a geometry at every limit', () => {
    const ring = positions(25, true);
    expect(checkGeometryLimits({ type: 'LineString', coordinates: positions(100) }, LIMITS)).toBeUndefined();
    expect(checkGeometryLimits({ type: 'Polygon', coordinates: [ring, ring, ring] }, LIMITS)).toBeUndefined();
    expect(
      checkGeometryLimits(
        {
          type: 'MultiPolygon',
          coordinates: [
            [ring, ring],
            [ring, ring],
          ],
        },
        LIMITS,
      ),
    ).toBeUndefined();
  });

  it('refuses one position too many, counting across the rings and parts of the whole geometry', () => {
    const problem = checkGeometryLimits({ type: 'LineString', coordinates: positions(101) }, LIMITS);
    expect(problem).toMatchObject({
      code: 'TOO_MANY_POSITIONS',
      limit: 100,
      found: 101,
      path: 'coordinates',
    });
    const ring = positions(26, true);
    const multi = {
      type: 'MultiPolygon',
      coordinates: [
        [ring, ring],
        [ring, ring],
      ],
    };
    expect(checkGeometryLimits(multi, LIMITS)).toMatchObject({
      code: 'TOO_MANY_POSITIONS',
      path: 'coordinates[1][1]',
      found: 101,
    });
  });

  it('counts no further than one past the limit, however large the geometry', () => {
    const huge = { type: 'MultiPoint', coordinates: positions(200_000) };
    const problem = checkGeometryLimits(huge, LIMITS);
    expect(problem).toMatchObject({ code: 'TOO_MANY_POSITIONS', limit: 100, found: 101 });
    expect(problem?.message).toMatch(
      /^几何的坐标数超过上限 100\(至少有 101 个\).* \/ Too many positions.*limit is 100.*at least 101/u,
    );
  });

  it('refuses too many rings in one polygon, and too many parts, before reading them', () => {
    const ring = positions(4, true);
    expect(
      checkGeometryLimits({ type: 'Polygon', coordinates: [ring, ring, ring, ring] }, LIMITS),
    ).toMatchObject({
      code: 'TOO_MANY_RINGS',
      limit: 3,
      found: 4,
      path: 'coordinates',
    });
    const parts = { type: 'MultiLineString', coordinates: [positions(2), positions(2), positions(2)] };
    expect(checkGeometryLimits(parts, LIMITS)).toMatchObject({ code: 'TOO_MANY_PARTS', limit: 2, found: 3 });
    const manyPolygons = Array.from({ length: 10_000 }, () => [ring]);
    expect(checkGeometryLimits({ type: 'MultiPolygon', coordinates: manyPolygons }, LIMITS)).toMatchObject({
      code: 'TOO_MANY_PARTS',
      found: 3,
    });
    expect(
      checkGeometryLimits({ type: 'MultiPolygon', coordinates: [[ring, ring, ring, ring]] }, LIMITS),
    ).toMatchObject({
      code: 'TOO_MANY_RINGS',
      path: 'coordinates[0]',
    });
  });

  it('refuses arrays nested inside a position, at any depth, without descending', () => {
    let deep: unknown = [114.6, 33.6];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problem = checkGeometryLimits(
      {
        type: 'LineString',
        coordinates: [
          [114.6, 33.6],
          [114.7, deep],
        ],
      },
      LIMITS,
    );
    expect(problem).toMatchObject({ code: 'NESTED_TOO_DEEP', path: 'coordinates[1]', limit: 2, found: 3 });
    expect(problem?.message).toMatch(
      /^coordinates\[1\] 嵌套过深.* \/ coordinates\[1\] is nested too deeply/u,
    );
    expect(checkGeometryLimits({ type: 'Point', coordinates: [[114.6, 33.6]] }, LIMITS)).toMatchObject({
      code: 'NESTED_TOO_DEEP',
      path: 'coordinates',
    });
  });

  it('leaves what is not its business to validateGeometry', () => {
    for (const input of [
      null,
      'POLYGON((1 1))',
      { type: 'Feature', geometry: { type: 'Point', coordinates: [114.6, 33.6] } },
      { type: 'Polygon', coordinates: 'none' },
      { type: 'LineString', coordinates: [1, 'two', { three: 3 }, [4, 5, 6, 7]] },
    ]) {
      expect(checkGeometryLimits(input, LIMITS)).toBeUndefined();
    }
  });

  it('walks the largest refusable geometry in linear time: 200,000 back-and-forth points in a few ms', () => {
    const zigzag = Array.from({ length: 200_000 }, (_, i): Position => [114.6 + (i % 2) * 0.01, 33.6]);
    const started = performance.now();
    const problem = checkGeometryLimits({ type: 'LineString', coordinates: zigzag }, WRITE_GEOMETRY_LIMITS);
    expect(performance.now() - started).toBeLessThan(50);
    expect(problem?.code).toBe('TOO_MANY_POSITIONS');
  });

  it('gives a read filter tighter limits than a write', () => {
    expect(FILTER_GEOMETRY_LIMITS.positions).toBeLessThan(WRITE_GEOMETRY_LIMITS.positions);
    expect(FILTER_GEOMETRY_LIMITS.rings).toBeLessThanOrEqual(WRITE_GEOMETRY_LIMITS.rings);
    expect(FILTER_GEOMETRY_LIMITS.parts).toBeLessThanOrEqual(WRITE_GEOMETRY_LIMITS.parts);
  });
});
