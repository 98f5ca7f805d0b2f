import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cityOutline } from './city-outline';

const square = (x: number, y: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

describe('the city’s outline', () => {
  it('keeps the edges one county uses and drops the borders two share', () => {
    // Two squares side by side: 8 edges, of which the middle one is shared.
    const outline = cityOutline([square(0, 0), square(1, 0)]);
    expect(outline.coordinates).toHaveLength(6);
    const shared = outline.coordinates.some(
      ([a, b]) =>
        JSON.stringify([a, b].sort()) ===
        JSON.stringify(
          [
            [1, 0],
            [1, 1],
          ].sort(),
        ),
    );
    expect(shared).toBe(false);
  });

  it('is the whole boundary of a single county', () => {
    expect(cityOutline([square(0, 0)]).coordinates).toHaveLength(4);
  });
});
