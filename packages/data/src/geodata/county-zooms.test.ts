import { readFileSync } from 'node:fs';
import { simplifyCoverage } from '@atlas/geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COUNTY_POLYGONS } from './counties';
import { COUNTY_ZOOMS, countyAtZoom, decodeRing, encodeRing } from './county-zooms';
import { countyZoomsFileText } from './county-zooms-file';

const committed = readFileSync(new URL('../../geo/counties-by-zoom.json', import.meta.url), 'utf8');

describe('geo/counties-by-zoom.json', () => {
  it('is up to date with counties.json: regenerating it gives the same bytes', () => {
    // Fails when counties.json or the simplification changed without `pnpm --filter @atlas/data build:county-zooms`.
    expect(countyZoomsFileText() === committed).toBe(true);
  });

  it('decodes to exactly what simplifying the coverage at each zoom gives', () => {
    for (const zoom of COUNTY_ZOOMS) {
      for (const feature of simplifyCoverage(COUNTY_POLYGONS.features, zoom)) {
        expect(countyAtZoom(feature.properties.adcode, zoom), `${feature.properties.name} z${zoom}`).toEqual(
          feature.geometry,
        );
      }
    }
  });

  it('keeps a fraction of the vertices at city scale and stays small', () => {
    const vertices = (zoom?: number) =>
      COUNTY_POLYGONS.features
        .map((f) => (zoom === undefined ? f.geometry : countyAtZoom(f.properties.adcode, zoom)))
        .flatMap((g) => g?.coordinates.flat() ?? [])
        .reduce((sum, ring) => sum + ring.length, 0);
    expect(vertices(9)).toBeLessThan(vertices() / 3);
    expect(committed.length).toBeLessThan(100_000);
  });

  it('has nothing from zoom 14 on, nor for an unknown county', () => {
    expect(countyAtZoom('411602', 14)).toBeUndefined();
    expect(countyAtZoom('999999', 9)).toBeUndefined();
  });
});

describe('encodeRing / decodeRing', () => {
  const square: Position[] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];

  it('writes a kept subsequence as a start and steps, runs of single steps folded', () => {
    expect(
      encodeRing(square, [
        [1, 0],
        [1, 1],
        [0, 1],
        [1, 0],
      ]),
    ).toEqual([1, -2]);
    expect(decodeRing(square, [1, -2])).toEqual([
      [1, 0],
      [1, 1],
      [0, 1],
      [1, 0],
    ]);
  });

  it('round-trips a ring that runs the other way', () => {
    const reversed: Position[] = [
      [1, 1],
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ];
    expect(decodeRing(square, encodeRing(square, reversed))).toEqual(reversed);
  });

  it('refuses a vertex the full ring does not have', () => {
    expect(() =>
      encodeRing(square, [
        [0, 0],
        [2, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toThrow(/not a full-detail vertex/);
  });
});
