import type { LayerConcept } from './concept';
import { emptySource, HALO, nameField } from './expressions';
import { LAYER, SOURCE } from './ids';

/** The paper the map is drawn on: what shows where nothing else is. */
export const BACKGROUND: LayerConcept = {
  sources: {},
  layers: [
    {
      tier: 'ground',
      layer: { id: LAYER.background, type: 'background', paint: { 'background-color': '#eef1f4' } },
    },
  ],
};

/** Zhoukou's counties: filled land, their borders, the city's outline and each county's name at its seat. */
export const COUNTIES: LayerConcept = {
  switchable: 'counties',
  sources: {
    [SOURCE.counties]: emptySource(),
    [SOURCE.countyLabels]: emptySource(),
    [SOURCE.cityOutline]: emptySource(),
  },
  layers: [
    {
      tier: 'ground',
      layer: {
        id: LAYER.countyFill,
        type: 'fill',
        source: SOURCE.counties,
        paint: { 'fill-color': '#fbfbf8', 'fill-opacity': 1 },
      },
    },
    {
      tier: 'areas',
      layer: {
        id: LAYER.countyLine,
        type: 'line',
        source: SOURCE.counties,
        paint: { 'line-color': '#7b8794', 'line-width': 1.2 },
      },
    },
    {
      tier: 'areas',
      layer: {
        id: LAYER.cityOutline,
        type: 'line',
        source: SOURCE.cityOutline,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#3e4c59', 'line-width': 2.6 },
      },
    },
    {
      // Placed after the zones' names: a county name gives way to a zone's where they meet.
      tier: 'labels',
      layer: {
        id: LAYER.countyLabel,
        type: 'symbol',
        source: SOURCE.countyLabels,
        layout: {
          'text-field': nameField('zh'),
          'text-size': 14,
          'text-variable-anchor': ['bottom', 'left', 'right', 'top'],
          'text-radial-offset': 1.6,
        },
        paint: { 'text-color': '#52606d', ...HALO },
      },
    },
  ],
  labels: [{ layer: LAYER.countyLabel, text: nameField }],
};

/** Rivers, the wider the greater. */
export const RIVERS: LayerConcept = {
  switchable: 'rivers',
  sources: { [SOURCE.rivers]: emptySource() },
  layers: [
    {
      tier: 'ground',
      layer: {
        id: LAYER.river,
        type: 'line',
        source: SOURCE.rivers,
        paint: { 'line-color': '#74a9cf', 'line-width': ['match', ['get', 'level'], 1, 2.2, 2, 1.6, 1] },
      },
    },
  ],
};
