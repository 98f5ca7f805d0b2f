import { ROAD_COLOURS, ROAD_DASHES } from '../../theme/palette';
import type { LayerConcept } from './concept';
import { emptySource, hovered, match } from './expressions';
import { LAYER, SOURCE } from './ids';

/** Road works, each kind in its own colour and its own dash, so the kinds part without colour. */
export const ROADS: LayerConcept = {
  switchable: 'roads',
  sources: { [SOURCE.roads]: emptySource({ promoteId: 'id' }) },
  layers: [
    {
      tier: 'lines',
      layer: {
        id: LAYER.road,
        type: 'line',
        source: SOURCE.roads,
        layout: { 'line-cap': 'butt' },
        paint: {
          'line-color': match('kind', ROAD_COLOURS, '#495057'),
          'line-width': ['case', hovered, 6, 3.5],
          'line-dasharray': match('kind', ROAD_DASHES, [1, 0]),
        },
      },
    },
  ],
  legend: ROAD_COLOURS.map(([value, colour]) => ({
    value,
    colour,
    shape: 'line' as const,
    dash: ROAD_DASHES.find(([kind]) => kind === value)?.[1] ?? [1, 0],
  })),
  taps: [{ layer: LAYER.road, rank: 6 }],
};
