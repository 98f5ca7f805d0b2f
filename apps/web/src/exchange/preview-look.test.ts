import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { smallestDistance } from '../theme/colour-vision';
import { extentOf, PREVIEW_LOOK } from './preview-look';

describe('the preview’s look', () => {
  it('keeps create, update and error apart in colour under colour-vision deficiencies', () => {
    const worst = smallestDistance(Object.values(PREVIEW_LOOK).map((l) => l.colour));
    expect(worst.distance, `${worst.pair.join(' vs ')} as seen with ${worst.seenBy}`).toBeGreaterThan(15);
  });

  it('tells them apart without colour too: each its own outline and mark', () => {
    const looks = Object.values(PREVIEW_LOOK);
    expect(new Set(looks.map((l) => l.dash.join())).size).toBe(looks.length);
    expect(new Set(looks.map((l) => l.mark)).size).toBe(looks.length);
  });
});

describe('extentOf', () => {
  it('spans every position of points, lines and multi-polygons, at full precision', () => {
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.6543219, 33.61] } },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [114.7, 33.5],
                  [114.8, 33.5],
                  [114.8, 33.7123456],
                  [114.7, 33.5],
                ],
              ],
            ],
          },
        },
      ],
    };
    expect(extentOf(collection)).toEqual([114.6543219, 33.5, 114.8, 33.7123456]);
  });

  it('is null for a collection without geometry', () => {
    expect(extentOf({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
