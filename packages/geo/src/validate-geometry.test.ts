import type { Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { GeometryProblem } from './geometry-problems';
import { BLOCK, BLOCK_POLYGON, BOWTIE } from './test-geometries';
import { type GeometryValidation, validateGeometry } from './validate-geometry';

const SHANGHAI: Position = [121.47, 31.23];

function problemsOf(result: GeometryValidation): GeometryProblem[] {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.geometry)}`);
  return result.problems;
}

function onlyProblem(input: unknown): GeometryProblem {
  const problems = problemsOf(validateGeometry(input));
  expect(problems).toHaveLength(1);
  return problems[0] as GeometryProblem;
}

describe('validateGeometry: the object and its type', () => {
  it.each([null, undefined, 42, [114.65, 33.62], new Date()])('refuses %j as NOT_AN_OBJECT', (input) => {
    expect(onlyProblem(input)).toMatchObject({ code: 'NOT_AN_OBJECT', path: '' });
  });

  it('tells a client that sent JSON text to parse it first', () => {
    const problem = onlyProblem('{"type":"Point","coordinates":[114.65,33.62]}');
    expect(problem.code).toBe('NOT_AN_OBJECT');
    expect(problem.message).toContain('send the parsed object');
  });

  it.each([
    { type: 'Point', coordinates: [114.65, 33.62] },
    { type: 'MultiPoint', coordinates: [[114.65, 33.62]] },
    { type: 'LineString', coordinates: [BLOCK[0], BLOCK[1]] },
    { type: 'MultiLineString', coordinates: [[BLOCK[0], BLOCK[1]]] },
    { type: 'Polygon', coordinates: [BLOCK] },
    { type: 'MultiPolygon', coordinates: [[BLOCK]] },
  ])('accepts a $type', (input) => {
    expect(validateGeometry(input).ok).toBe(true);
  });

  it.each(['GeometryCollection', 'Feature', 'FeatureCollection', 'Circle'])(
    'refuses a %s as UNKNOWN_TYPE, naming the accepted types',
    (type) => {
      const problem = onlyProblem({ type, geometries: [], features: [], coordinates: [114.65, 33.62] });
      expect(problem).toMatchObject({ code: 'UNKNOWN_TYPE', path: 'type' });
      expect(problem.message).toContain(
        'Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon',
      );
    },
  );

  it('says when the type is missing, and suggests the right case', () => {
    expect(onlyProblem({ coordinates: [114.65, 33.62] }).message).toContain('type is missing');
    expect(onlyProblem({ type: 'polygon', coordinates: [BLOCK] }).message).toContain('did you mean Polygon?');
  });

  it('refuses a type the caller does not store as TYPE_NOT_ALLOWED, listing the allowed types', () => {
    const point = { type: 'Point', coordinates: [114.65, 33.62] };
    const problems = problemsOf(validateGeometry(point, { allowed: ['Polygon', 'MultiPolygon'] }));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'TYPE_NOT_ALLOWED',
        path: 'type',
        message: expect.stringContaining('Polygon, MultiPolygon'),
      }),
    ]);
    expect(validateGeometry(BLOCK_POLYGON, { allowed: ['Polygon', 'MultiPolygon'] }).ok).toBe(true);
  });
});

describe('validateGeometry: coordinates', () => {
  it.each([
    ['missing coordinates', { type: 'Point' }, 'coordinates'],
    ['quoted numbers', { type: 'Point', coordinates: ['114.65', '33.62'] }, 'coordinates'],
    ['a single number', { type: 'Point', coordinates: [114.65] }, 'coordinates'],
    ['four numbers', { type: 'Point', coordinates: [114.65, 33.62, 50, 1] }, 'coordinates'],
    ['NaN', { type: 'Point', coordinates: [Number.NaN, 33.62] }, 'coordinates'],
    [
      'a position where a line belongs',
      { type: 'LineString', coordinates: [114.65, 33.62] },
      'coordinates[0]',
    ],
    ['one ring where a list of rings belongs', { type: 'Polygon', coordinates: BLOCK }, 'coordinates[0][0]'],
    [
      'an object position',
      { type: 'MultiPoint', coordinates: [{ lng: 114.65, lat: 33.62 }] },
      'coordinates[0]',
    ],
  ])('refuses %s as BAD_COORDINATES', (_, input, path) => {
    expect(problemsOf(validateGeometry(input))[0]).toMatchObject({ code: 'BAD_COORDINATES', path });
  });

  it('hints that numbers must not be quoted', () => {
    const problem = onlyProblem({ type: 'Point', coordinates: ['114.65', '33.62'] });
    expect(problem.message).toContain('numbers must not be quoted');
  });

  it('accepts a height and drops it', () => {
    const result = validateGeometry<Point>({ type: 'Point', coordinates: [114.65, 33.62, 48.5] });
    expect(result).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [114.65, 33.62] } });
  });

  it('refuses a longitude or latitude off the globe as OFF_THE_GLOBE, saying which', () => {
    const lng = onlyProblem({ type: 'Point', coordinates: [190, 33.62] });
    expect(lng.code).toBe('OFF_THE_GLOBE');
    expect(lng.message).toContain('longitude 190 is outside [-180, 180]');
    expect(lng.message).toContain('经度');
    const lat = onlyProblem({ type: 'Point', coordinates: [114.65, -95] });
    expect(lat.code).toBe('OFF_THE_GLOBE');
    expect(lat.message).toContain('latitude -95 is outside [-90, 90]');
    expect(lat.message).not.toContain('longitude');
  });

  it('hints at [lat, lng] order when the swapped position lies in Zhoukou', () => {
    const problem = onlyProblem({ type: 'Point', coordinates: [33.62, 114.65] });
    expect(problem.code).toBe('OFF_THE_GLOBE');
    expect(problem.message).toContain('[纬度, 经度]');
    expect(problem.message).toContain('GeoJSON wants [lng, lat]: [114.65, 33.62]');
  });

  it('hints at projected metres', () => {
    const problem = onlyProblem({ type: 'Point', coordinates: [12762900, 3979700] });
    expect(problem.message).toContain('projected metres');
  });

  it('refuses a point in Shanghai as OUTSIDE_ZHOUKOU, giving the accepted box', () => {
    const problem = onlyProblem({ type: 'Point', coordinates: SHANGHAI });
    expect(problem).toMatchObject({ code: 'OUTSIDE_ZHOUKOU', path: 'coordinates' });
    expect(problem.message).toContain('lng 113.9–115.8, lat 32.9–34.5');
    expect(problem.message).toContain('周口');
  });

  it('accepts a position in the margin around the city', () => {
    expect(validateGeometry({ type: 'Point', coordinates: [113.95, 32.95] }).ok).toBe(true);
  });

  it('reports a line drawn in the wrong city once, at its first position', () => {
    const problem = onlyProblem({
      type: 'LineString',
      coordinates: [SHANGHAI, [121.5, 31.25], [121.6, 31.3]],
    });
    expect(problem).toMatchObject({ code: 'OUTSIDE_ZHOUKOU', path: 'coordinates[0]' });
    expect(problem.message).toContain('and 2 more positions in the same array');
  });

  it.each([
    ['Point', { type: 'Point', coordinates: [] }, 'coordinates'],
    ['LineString', { type: 'LineString', coordinates: [] }, 'coordinates'],
    ['Polygon', { type: 'Polygon', coordinates: [] }, 'coordinates'],
    ['Polygon ring', { type: 'Polygon', coordinates: [[]] }, 'coordinates[0]'],
    ['MultiPolygon part', { type: 'MultiPolygon', coordinates: [[BLOCK], []] }, 'coordinates[1]'],
  ])('refuses an empty %s as EMPTY', (_, input, path) => {
    expect(onlyProblem(input)).toMatchObject({ code: 'EMPTY', path });
  });
});

describe('validateGeometry: lines and rings', () => {
  it('refuses a line without 2 distinct positions as TOO_FEW_POSITIONS', () => {
    expect(onlyProblem({ type: 'LineString', coordinates: [[114.65, 33.62]] }).code).toBe(
      'TOO_FEW_POSITIONS',
    );
    const repeated = onlyProblem({
      type: 'LineString',
      coordinates: [
        [114.65, 33.62],
        [114.65, 33.62],
      ],
    });
    expect(repeated).toMatchObject({ code: 'TOO_FEW_POSITIONS', path: 'coordinates' });
    expect(repeated.message).toContain('(2 as sent)');
  });

  it('counts positions after rounding, since that is what is stored', () => {
    const input = {
      type: 'LineString',
      coordinates: [
        [114.65, 33.62],
        [114.6500001, 33.6200001],
      ],
    };
    expect(onlyProblem(input).code).toBe('TOO_FEW_POSITIONS');
  });

  it('accepts a two-position line', () => {
    expect(
      validateGeometry({
        type: 'LineString',
        coordinates: [
          [114.65, 33.62],
          [114.7, 33.65],
        ],
      }).ok,
    ).toBe(true);
  });

  it('refuses a ring of fewer than 4 positions as TOO_FEW_POSITIONS', () => {
    const triangle = [BLOCK[0], BLOCK[1], BLOCK[0]];
    expect(onlyProblem({ type: 'Polygon', coordinates: [triangle] })).toMatchObject({
      code: 'TOO_FEW_POSITIONS',
      path: 'coordinates[0]',
    });
    const padded = [BLOCK[0], BLOCK[1], BLOCK[1], BLOCK[0]];
    expect(onlyProblem({ type: 'Polygon', coordinates: [padded] }).code).toBe('TOO_FEW_POSITIONS');
  });

  it('refuses an open ring as RING_NOT_CLOSED', () => {
    const problem = onlyProblem({ type: 'Polygon', coordinates: [BLOCK.slice(0, -1)] });
    expect(problem).toMatchObject({ code: 'RING_NOT_CLOSED', path: 'coordinates[0]' });
    expect(problem.message).toContain(
      '多边形的环未闭合(首尾坐标不同),首点 [114.64, 33.61],末点 [114.64, 33.63] / Polygon ring is not closed',
    );
  });

  it('checks closure before rounding, so a gap below 6 decimals still counts', () => {
    const almost = [...BLOCK.slice(0, -1), [114.6400001, 33.61]];
    expect(onlyProblem({ type: 'Polygon', coordinates: [almost] }).code).toBe('RING_NOT_CLOSED');
  });

  it('accepts a closed ring, a concave ring and a ring with a hole', () => {
    expect(validateGeometry(BLOCK_POLYGON).ok).toBe(true);
    const lShape = [
      [114.64, 33.61],
      [114.66, 33.61],
      [114.66, 33.62],
      [114.65, 33.62],
      [114.65, 33.63],
      [114.64, 33.63],
      [114.64, 33.61],
    ];
    expect(validateGeometry({ type: 'Polygon', coordinates: [lShape] }).ok).toBe(true);
    const hole = [
      [114.645, 33.615],
      [114.645, 33.625],
      [114.655, 33.625],
      [114.655, 33.615],
      [114.645, 33.615],
    ];
    expect(validateGeometry({ type: 'Polygon', coordinates: [BLOCK, hole] }).ok).toBe(true);
  });
});

describe('validateGeometry: what it leaves to PostGIS, and its limits', () => {
  it('passes a bow-tie on to PostGIS, which alone judges crossings (ST_IsValidDetail, in core)', () => {
    const result = validateGeometry<Polygon>({ type: 'Polygon', coordinates: [BOWTIE] });
    expect(result.ok).toBe(true);
  });

  it('checks the limits before anything else, and reports only that', () => {
    const ring = Array.from({ length: 1_001 }, (_, i): Position => [114.6 + i * 1e-5, 33.6]);
    const input = { type: 'Polygon', coordinates: [[...ring, ['not', 'numbers']]] };
    const limits = { positions: 1_000, rings: 10, parts: 10 };
    expect(problemsOf(validateGeometry(input, { limits }))).toEqual([
      expect.objectContaining({
        code: 'TOO_MANY_POSITIONS',
        path: 'coordinates[0]',
        limit: 1_000,
        found: 1_001,
      }),
    ]);
    expect(problemsOf(validateGeometry(input)).map((p) => p.code)).not.toContain('TOO_MANY_POSITIONS');
  });

  it('stays linear: a self-crossing star of 8,001 positions is read in well under a second', () => {
    const star = Array.from({ length: 8_000 }, (_, i): Position => {
      const angle = (2 * Math.PI * i * 3_999) / 8_000;
      return [114.65 + 0.05 * Math.cos(angle), 33.62 + 0.05 * Math.sin(angle)];
    });
    const started = performance.now();
    validateGeometry({ type: 'Polygon', coordinates: [[...star, star[0]]] });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('validateGeometry: collecting problems', () => {
  it('collects every problem rather than stopping at the first', () => {
    const input = {
      type: 'MultiPolygon',
      coordinates: [
        [BLOCK.slice(0, -1)],
        [[BLOCK[0], ['114.66', 33.61], BLOCK[2], BLOCK[0]]],
        [[BLOCK[0], BLOCK[1], SHANGHAI, BLOCK[0]]],
      ],
    };
    const problems = problemsOf(validateGeometry(input, { allowed: ['Polygon'] }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['TYPE_NOT_ALLOWED', 'type'],
      ['RING_NOT_CLOSED', 'coordinates[0][0]'],
      ['BAD_COORDINATES', 'coordinates[1][0][1]'],
      ['OUTSIDE_ZHOUKOU', 'coordinates[2][0][2]'],
    ]);
  });

  it('names a broken position or an open ring in a bow-tie, before PostGIS sees it', () => {
    const brokenBowtie = [...BOWTIE.slice(0, 2), [114.9, '34.0'], ...BOWTIE.slice(3)];
    expect(onlyProblem({ type: 'Polygon', coordinates: [brokenBowtie] }).code).toBe('BAD_COORDINATES');
    const openBowtie = BOWTIE.slice(0, -1);
    expect(onlyProblem({ type: 'Polygon', coordinates: [openBowtie] }).code).toBe('RING_NOT_CLOSED');
  });

  it('writes each message in Chinese, then English', () => {
    for (const input of [
      null,
      { type: 'Polygon', coordinates: [BOWTIE.slice(0, -1)] },
      { type: 'Point', coordinates: SHANGHAI },
      { type: 'MultiPolygon', coordinates: [[BOWTIE], [BOWTIE]] },
    ]) {
      const limits = { positions: 1_000, rings: 10, parts: 1 };
      for (const { message } of problemsOf(validateGeometry(input, { limits }))) {
        expect(message).toMatch(/^[^a-z]*\p{Script=Han}.* \/ [A-Z]/u);
      }
    }
  });
});
