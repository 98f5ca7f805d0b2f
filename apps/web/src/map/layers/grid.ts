import type { ExpressionSpecification } from 'maplibre-gl';
import { VOLTAGE_STYLE } from '../../theme/palette';
import type { LayerConcept, TapContext } from './concept';
import { emptySource, hovered } from './expressions';
import { LAYER, SOURCE } from './ids';
import { lateCasing, lateMark, lateText } from './late';

const openGrid = (feature: { properties: Record<string, unknown> }, { select }: TapContext) =>
  select({ kind: 'grid', id: String(feature.properties.id) });

const [LOW, HIGH] = VOLTAGE_STYLE as [[number, string, number], [number, string, number]];
const isHigh: ExpressionSpecification = ['>=', ['get', 'voltageKv'], HIGH[0]];

/**
 * Grid works: lines by voltage (220 kV dark and wide, 110 kV light and thin), substations as symbols;
 * a late line in a dashed red halo, every late one marked ⚠ 逾期. A tap opens its works panel.
 */
export const GRID: LayerConcept = {
  switchable: 'grid',
  sources: { [SOURCE.grid]: emptySource({ promoteId: 'id' }) },
  layers: [
    lateCasing(LAYER.gridLate, SOURCE.grid, ['==', ['geometry-type'], 'LineString']),
    {
      tier: 'lines',
      layer: {
        id: LAYER.gridLine,
        type: 'line',
        source: SOURCE.grid,
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: {
          'line-color': ['case', isHigh, HIGH[1], LOW[1]],
          'line-width': ['+', ['case', isHigh, HIGH[2], LOW[2]], ['case', hovered, 2.5, 0]],
          // New builds (新建) dashed, continued ones (续建) solid, as on a planning drawing.
          'line-dasharray': [
            'case',
            ['==', ['get', 'status'], 'NEW'],
            ['literal', [3, 1.5]],
            ['literal', [1, 0]],
          ],
        },
      },
    },
    {
      tier: 'symbols',
      layer: {
        id: LAYER.gridSubstation,
        type: 'symbol',
        source: SOURCE.grid,
        filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          'icon-image': ['case', isHigh, 'substation-220', 'substation-110'],
          'icon-allow-overlap': true,
        },
      },
    },
    lateMark(LAYER.gridLateMark, 'GRID_PROJECT'),
  ],
  legend: [
    ...VOLTAGE_STYLE.map(([kv, colour, width]) => ({
      value: String(kv),
      colour,
      shape: 'line' as const,
      width,
    })),
    { value: 'NEW', colour: LOW[1], shape: 'line', dash: [3, 1.5], width: LOW[2] },
  ],
  labels: [{ layer: LAYER.gridLateMark, text: lateText }],
  taps: [
    { layer: LAYER.gridLine, rank: 7, onTap: openGrid },
    { layer: LAYER.gridLate, rank: 7, onTap: openGrid },
    { layer: LAYER.gridSubstation, rank: 7, onTap: openGrid },
  ],
};
