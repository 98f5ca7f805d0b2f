import type { LayerConcept } from './concept';
import { emptySource, HALO } from './expressions';
import { LAYER, SOURCE } from './ids';

/**
 * What changed between the two months or rounds the compare switch names: a mark and a few words at
 * each change's place ("▶ 新开工", "↑2 名次 5→3"), so the change reads without colour. Drawn with
 * the zones (their switch hides it too): the changes are the zones' news.
 */
export const CHANGES: LayerConcept = {
  switchable: 'zones',
  sources: { [SOURCE.changes]: emptySource({ promoteId: 'id' }) },
  layers: [
    {
      tier: 'labels',
      layer: {
        id: LAYER.changeMark,
        type: 'symbol',
        source: SOURCE.changes,
        layout: {
          'text-field': ['get', 'text'],
          'text-size': 16,
          // Above its point: a zone's own name sits under its marker by preference.
          'text-anchor': 'bottom',
          'text-offset': [0, -1.4],
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#1c3d5a', ...HALO, 'text-halo-width': 2.5 },
      },
    },
  ],
};
