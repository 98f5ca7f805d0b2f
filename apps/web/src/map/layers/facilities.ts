import type { LayerConcept, TapContext } from './concept';
import { emptySource } from './expressions';
import { LAYER, SOURCE } from './ids';
import { lateMark, lateText } from './late';

const openFacility = (feature: { properties: Record<string, unknown> }, { select }: TapContext) =>
  select({ kind: 'facility', id: String(feature.properties.id) });

/** Sewage plants and the other facilities, as symbols; a late one marked ⚠ 逾期; a tap opens its works panel. */
export const FACILITIES: LayerConcept = {
  switchable: 'facilities',
  sources: { [SOURCE.facilities]: emptySource({ promoteId: 'id' }) },
  layers: [
    {
      // Sewage plants are the plan's named works: shown at every scale, the other facilities from a zone's.
      tier: 'symbols',
      layer: {
        id: LAYER.facility,
        type: 'symbol',
        source: SOURCE.facilities,
        filter: ['==', ['get', 'kind'], 'SEWAGE_PLANT'],
        layout: { 'icon-image': 'sewage-plant', 'icon-allow-overlap': true },
      },
    },
    {
      tier: 'symbols',
      layer: {
        id: LAYER.facilityOther,
        type: 'symbol',
        source: SOURCE.facilities,
        minzoom: 10,
        filter: ['!=', ['get', 'kind'], 'SEWAGE_PLANT'],
        layout: { 'icon-image': 'facility', 'icon-allow-overlap': true },
      },
    },
    lateMark(LAYER.facilityLateMark, 'FACILITY'),
  ],
  labels: [{ layer: LAYER.facilityLateMark, text: lateText }],
  taps: [
    { layer: LAYER.facility, rank: 5, onTap: openFacility },
    { layer: LAYER.facilityOther, rank: 5, onTap: openFacility },
  ],
};
