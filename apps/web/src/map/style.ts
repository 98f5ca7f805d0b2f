import { ZHOUKOU_EXTENT } from '@atlas/geo/extent';
import type { StyleSpecification } from 'maplibre-gl';
import { ATLAS_LAYERS, ATLAS_SOURCES } from './layers';

export {
  CHOROPLETH_STOPS,
  NO_DATA_COLOUR,
  ROAD_COLOURS,
  ROAD_DASHES,
  STAR_LEVEL_COLOURS,
  STATUS_COLOURS,
  VOLTAGE_STYLE,
} from '../theme/palette';
export { INTERACTIVE_LAYERS, LOCALISED_LABELS, SWITCHABLE_LAYERS } from './layers';
export { nameField } from './layers/expressions';
export { BUBBLE_OPACITY, bubbleText, PROJECT_CLUSTER_MAX_ZOOM } from './layers/projects';
export { flowText } from './layers/relocation';
export { CHOROPLETH_FILL, markerRadius, STAR_FILL, zoneLabelField } from './layers/zones';

/** Zhoukou's extent (`@atlas/geo`, as the API checks geometries by it): what a map opens on. */
export const ZHOUKOU_BOUNDS: [west: number, south: number, east: number, north: number] = [
  ZHOUKOU_EXTENT.west,
  ZHOUKOU_EXTENT.south,
  ZHOUKOU_EXTENT.east,
  ZHOUKOU_EXTENT.north,
];

/**
 * The default map, drawn only from the project's own data: no tiles, no glyph server. Labels come
 * from the browser's fonts (MapLibre's local glyph rendering), symbols are drawn in the browser.
 * Each layer and its source are defined with their concept under `./layers`.
 */
export function baseStyle(): StyleSpecification {
  // A fresh copy each time: the map's look and data are written into it before the map opens.
  return structuredClone({
    version: 8,
    sources: ATLAS_SOURCES,
    layers: [...ATLAS_LAYERS],
  } satisfies StyleSpecification);
}
