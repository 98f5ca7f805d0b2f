import { readFileSync } from 'node:fs';
import area from '@turf/area';
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COORDINATE_DECIMALS as COVERAGE_DECIMALS } from './precision';
import { FULL_DETAIL_ZOOM, simplifyCoverage, toleranceForZoom } from './simplify-coverage';

type County = Feature<Polygon | MultiPolygon, { adcode: string; name: string }>;

const counties = (
  JSON.parse(
    readFileSync(new URL('../../data/geo/counties.json', import.meta.url), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, County['properties']>
).features;

const simplified = new Map<number, County[]>();
/** Each zoom is simplified once for the whole file. */
function atZoom(zoom: number): County[] {
  const cached = simplified.get(zoom) ?? simplifyCoverage(counties, zoom);
  simplified.set(zoom, cached);
  return cached;
}

const partsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
const ringsOf = (feature: County) => partsOf(feature.geometry).flat();
const vertexCount = (features: County[]) =>
  features.flatMap(ringsOf).reduce((sum, ring) => sum + ring.length, 0);
const totalArea = (features: County[]) => features.reduce((sum, feature) => sum + area(feature), 0);
const key = (position: Position) => `${position[0]},${position[1]}`;
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const vertexKeys = (feature: County) => new Set(ringsOf(feature).flatMap((ring) => ring.map(key)));
/** Vertices by rounded position: a border vertex is rounded alike on both sides, or on neither. */
const roundedKeys = (feature: County) =>
  new Set(ringsOf(feature).flatMap((ring) => ring.map((position) => key(position.map(round6)))));
const intersection = (a: Set<string>, b: Set<string>) => new Set([...a].filter((k) => b.has(k)));
const byAdcode = (features: County[], adcode: string) => {
  const found = features.find((feature) => feature.properties.adcode === adcode);
  if (!found) throw new Error(`no county ${adcode}`);
  return found;
};
/** Twice the signed area of a ring, positive when counter-clockwise. */
const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, [x1 = 0, y1 = 0], i) => {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    return sum + x0 * y1 - x1 * y0;
  }, 0);

const SIMPLIFIED_ZOOMS = [5, 7, 9, 12];

describe('toleranceForZoom', () => {
  it('is about one 256-px tile pixel, in degrees of latitude at Zhoukou', () => {
    expect(toleranceForZoom(0)).toBeCloseTo((360 / 256) * Math.cos((33.7 * Math.PI) / 180), 6);
    expect(toleranceForZoom(7) * 111_320).toBeGreaterThan(900); // metres: a pixel at zoom 7 is about 1 km
    expect(toleranceForZoom(7) * 111_320).toBeLessThan(1100);
  });

  it('halves with each zoom level', () => {
    for (let zoom = 0; zoom < 20; zoom++) {
      expect(toleranceForZoom(zoom + 1)).toBeLessThan(toleranceForZoom(zoom));
      expect(toleranceForZoom(zoom + 1) / toleranceForZoom(zoom)).toBeCloseTo(0.5, 12);
    }
  });

  it('refuses a zoom that is not a finite number', () => {
    expect(() => toleranceForZoom(Number.NaN)).toThrow(RangeError);
    expect(() => simplifyCoverage(counties, Number.NaN)).toThrow(RangeError);
  });
});

describe('simplifyCoverage on the county polygons', () => {
  it('returns full detail, unchanged, without a zoom or from FULL_DETAIL_ZOOM on', () => {
    for (const zoom of [undefined, FULL_DETAIL_ZOOM, 18]) {
      const out = simplifyCoverage(counties, zoom);
      expect(out).toEqual(counties);
      expect(out[0]?.geometry).not.toBe(counties[0]?.geometry);
    }
  });

  it('at zoom 7 keeps under a third of the vertices and of the JSON bytes', () => {
    const full = simplifyCoverage(counties, undefined);
    expect(vertexCount(atZoom(7))).toBeLessThan(vertexCount(full) / 3);
    expect(JSON.stringify(atZoom(7)).length).toBeLessThan(JSON.stringify(full).length / 3);
  });

  it('keeps more vertices as the zoom grows, and fewer than full detail', () => {
    const full = vertexCount(counties);
    expect(vertexCount(atZoom(9))).toBeGreaterThan(vertexCount(atZoom(7)));
    expect(vertexCount(atZoom(9))).toBeLessThan(full);
    expect(vertexCount(atZoom(12))).toBeGreaterThan(vertexCount(atZoom(9)));
    expect(vertexCount(atZoom(12))).toBeLessThan(full);
  });

  it('keeps the feature order, the properties and the ring structure', () => {
    for (const zoom of SIMPLIFIED_ZOOMS) {
      const out = atZoom(zoom);
      expect(out.map((feature) => feature.properties)).toEqual(counties.map((feature) => feature.properties));
      out.forEach((feature, i) => {
        const input = counties[i] as County;
        expect(feature.type).toBe('Feature');
        expect(feature.geometry.type).toBe(input.geometry.type);
        const shape = (f: County) => partsOf(f.geometry).map((rings) => rings.length);
        expect(shape(feature)).toEqual(shape(input));
      });
    }
  });

  it('keeps every ring, even the slivers, closed with at least 4 positions and some area', () => {
    for (const zoom of SIMPLIFIED_ZOOMS) {
      for (const ring of atZoom(zoom).flatMap(ringsOf)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        expect(signedArea(ring)).not.toBe(0);
      }
    }
  });

  it('orients outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const zoom of SIMPLIFIED_ZOOMS) {
      for (const feature of atZoom(zoom)) {
        for (const [outer, ...holes] of partsOf(feature.geometry)) {
          expect(signedArea(outer ?? [])).toBeGreaterThan(0);
          for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
        }
      }
    }
  });

  it('has no self-intersecting ring, and rings meet only where the full-detail rings touch', () => {
    // The source's rings already touch at a few vertices (ST_MakeValid leaves holes and parts touching at
    // a point), which @turf/kinks reports too; simplifying must add no other contact.
    const touches = counties.map((feature) =>
      kinks(feature).features.map((point) => point.geometry.coordinates),
    );
    const nearTouch = (i: number, [x = 0, y = 0]: Position) =>
      (touches[i] ?? []).some(([tx = 0, ty = 0]) => Math.abs(tx - x) < 1e-6 && Math.abs(ty - y) < 1e-6);
    for (const zoom of SIMPLIFIED_ZOOMS) {
      atZoom(zoom).forEach((feature, i) => {
        for (const ring of ringsOf(feature)) {
          expect(kinks({ type: 'Polygon', coordinates: [ring] }).features).toEqual([]);
        }
        const stray = kinks(feature).features.filter((point) => !nearTouch(i, point.geometry.coordinates));
        expect(stray, `${feature.properties.name} at zoom ${zoom}`).toEqual([]);
      });
    }
  });

  it('keeps the total area within 1% and each county’s within 1% from zoom 7 on', () => {
    const full = totalArea(counties);
    for (const zoom of SIMPLIFIED_ZOOMS) {
      expect(Math.abs(totalArea(atZoom(zoom)) / full - 1)).toBeLessThan(0.01);
    }
    for (const zoom of [7, 9, 12]) {
      atZoom(zoom).forEach((feature, i) => {
        expect(Math.abs(area(feature) / area(counties[i] as County) - 1)).toBeLessThan(0.01);
      });
    }
  });

  it('simplifies a shared border once: 川汇区 and 商水县 keep the same vertices along it', () => {
    const border = intersection(
      roundedKeys(byAdcode(counties, '411602')),
      roundedKeys(byAdcode(counties, '411623')),
    );
    expect(border.size).toBeGreaterThan(100);
    for (const zoom of [7, 9]) {
      const chuanhui = intersection(roundedKeys(byAdcode(atZoom(zoom), '411602')), border);
      const shangshui = intersection(roundedKeys(byAdcode(atZoom(zoom), '411623')), border);
      expect(chuanhui.size).toBeGreaterThan(2);
      expect(chuanhui.size).toBeLessThan(border.size / 2);
      expect(chuanhui).toEqual(shangshui);
    }
  });

  it('keeps every pair of neighbours meeting exactly: the same border vertices on both sides', () => {
    const full = counties.map(roundedKeys);
    for (const zoom of SIMPLIFIED_ZOOMS) {
      const out = atZoom(zoom).map(roundedKeys);
      full.forEach((a, i) => {
        full.forEach((b, j) => {
          const border = intersection(a, b);
          if (j <= i || border.size === 0) return;
          const sideA = intersection(out[i] ?? new Set(), border);
          const sideB = intersection(out[j] ?? new Set(), border);
          expect(
            sideA,
            `${counties[i]?.properties.name}–${counties[j]?.properties.name} at zoom ${zoom}`,
          ).toEqual(sideB);
        });
      });
    }
  });

  it('moves no vertex: each is an input vertex, rounded to 6 decimals (but on the thinnest slivers)', () => {
    const inputs = new Set(counties.flatMap((feature) => [...vertexKeys(feature)]));
    const rounded = new Set(counties.flatMap((feature) => [...roundedKeys(feature)]));
    for (const zoom of SIMPLIFIED_ZOOMS) {
      const positions = atZoom(zoom).flatMap(ringsOf).flat();
      const exact = positions.filter((position) => !rounded.has(key(position)));
      for (const position of exact) expect(inputs.has(key(position))).toBe(true);
      expect(exact.length).toBeLessThan(positions.length / 20);
      expect(COVERAGE_DECIMALS).toBe(6);
    }
  });

  it('does not mutate its input', () => {
    const before = structuredClone(counties);
    simplifyCoverage(counties, 7);
    simplifyCoverage(counties, undefined);
    expect(counties).toEqual(before);
  });
});

describe('simplifyCoverage on small coverages', () => {
  // Two squares sharing a zig-zag border, which a coarse zoom straightens and a fine one keeps.
  const zigzag: Position[] = [
    [114.5, 33.5],
    [114.502, 33.52],
    [114.498, 33.54],
    [114.502, 33.56],
    [114.498, 33.58],
    [114.5, 33.6],
  ];
  const left: Feature<Polygon, { id: string }> = {
    type: 'Feature',
    properties: { id: 'left' },
    geometry: { type: 'Polygon', coordinates: [[[114.4, 33.5], ...zigzag, [114.4, 33.6], [114.4, 33.5]]] },
  };
  const right: Feature<Polygon, { id: string }> = {
    type: 'Feature',
    properties: { id: 'right' },
    geometry: {
      type: 'Polygon',
      coordinates: [[[114.6, 33.5], [114.6, 33.6], ...[...zigzag].reverse(), [114.6, 33.5]]],
    },
  };
  const speck: Feature<Polygon, { id: string }> = {
    type: 'Feature',
    properties: { id: 'speck' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [114.7, 33.7],
          [114.70001, 33.7],
          [114.70001, 33.70001],
          [114.7, 33.7],
        ],
      ],
    },
  };

  it('straightens the shared border identically for both neighbours', () => {
    const [l, r] = simplifyCoverage([left, right], 6);
    const inner = (feature: Feature<Polygon | MultiPolygon> | undefined) =>
      new Set(
        (feature ? partsOf(feature.geometry).flat(2) : [])
          .filter(([x = 0]) => x > 114.45 && x < 114.55)
          .map(key),
      );
    expect(inner(l)).toEqual(new Set(['114.5,33.5', '114.5,33.6']));
    expect(inner(r)).toEqual(inner(l));
    expect(simplifyCoverage([left, right], 12)[0]?.geometry.coordinates[0]).toHaveLength(zigzag.length + 3);
    expect(l?.geometry.type).toBe('Polygon');
    expect(l?.properties).toEqual({ id: 'left' });
  });

  it('keeps a polygon far smaller than a pixel instead of collapsing it', () => {
    const [out] = simplifyCoverage([speck], 0);
    expect(out?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [114.7, 33.7],
          [114.70001, 33.7],
          [114.70001, 33.70001],
          [114.7, 33.7],
        ],
      ],
    });
  });

  it('gives the whole coverage back at full detail when a feature is itself invalid', () => {
    const bowTie: Feature<Polygon, { id: string }> = {
      type: 'Feature',
      properties: { id: 'bow tie' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [114.8, 33.5],
            [114.9, 33.6],
            [114.9, 33.5],
            [114.8, 33.6],
            [114.8, 33.5],
          ],
        ],
      },
    };
    const out = simplifyCoverage([left, right, bowTie], 6);
    const positions = (feature: Feature<Polygon | MultiPolygon> | undefined) =>
      new Set(feature ? partsOf(feature.geometry).flat(2).map(key) : []);
    [left, right, bowTie].forEach((input, i) => {
      expect(positions(out[i])).toEqual(positions(input));
    });
  });

  it('returns nothing for nothing', () => {
    expect(simplifyCoverage([], 7)).toEqual([]);
  });
});
