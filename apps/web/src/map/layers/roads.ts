import { ROAD_COLOURS, ROAD_DASHES } from '../../theme/palette';
import type { LayerConcept, TapContext } from './concept';
import { emptySource, hovered, match } from './expressions';
import { LAYER, SOURCE } from './ids';
import { LATE_SOURCES, lateCasing, lateMark, lateText } from './late';

const openRoad = (feature: { properties: Record<string, unknown> }, { select }: TapContext) =>
  select({ kind: 'road', id: String(feature.properties.id) });

/**
 * Road works, each kind in its own colour and its own dash, so the kinds part without colour; a late
 * one (past its planned finish, not done) inside a dashed red halo with ⚠ 逾期 at its middle. A tap
 * opens its works panel. The late marks' source is declared here, with the first works that uses it.
 */
export const ROADS: LayerConcept = {
  switchable: 'roads',
  sources: { [SOURCE.roads]: emptySource({ promoteId: 'id' }), ...LATE_SOURCES },
  layers: [
    lateCasing(LAYER.roadLate, SOURCE.roads),
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
    lateMark(LAYER.roadLateMark, 'ROAD_LINK'),
  ],
  legend: ROAD_COLOURS.map(([value, colour]) => ({
    value,
    colour,
    shape: 'line' as const,
    dash: ROAD_DASHES.find(([kind]) => kind === value)?.[1] ?? [1, 0],
  })),
  labels: [{ layer: LAYER.roadLateMark, text: lateText }],
  taps: [
    { layer: LAYER.road, rank: 6, onTap: openRoad },
    { layer: LAYER.roadLate, rank: 6, onTap: openRoad },
  ],
};
