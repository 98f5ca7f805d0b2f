import type { Map as MapLibreMap } from 'maplibre-gl';

export type FeatureRef = { source: string; id: string | number };

/**
 * Highlights the feature under the pointer through feature state, so the style (not new data) draws
 * the highlight; only the topmost of `layers` is highlighted, and the cursor says it can be tapped.
 */
export function enableHover(
  map: MapLibreMap,
  layers: readonly [layer: string, source: string][],
  onChange: (feature: FeatureRef | null) => void = () => undefined,
) {
  let current: FeatureRef | null = null;
  const clear = () => {
    if (current) map.setFeatureState(current, { hover: false });
    current = null;
    map.getCanvas().style.cursor = '';
    onChange(null);
  };
  const ids = layers.map(([layer]) => layer);
  map.on('mousemove', (e) => {
    const feature = map.queryRenderedFeatures(e.point, { layers: ids.filter((id) => map.getLayer(id)) })[0];
    const next = feature?.id === undefined ? null : { source: feature.source, id: feature.id };
    if (next && current && next.source === current.source && next.id === current.id) return;
    clear();
    if (!next) return;
    current = next;
    map.setFeatureState(next, { hover: true });
    map.getCanvas().style.cursor = 'pointer';
    onChange(next);
  });
  map.getCanvas().addEventListener('mouseleave', clear);
}
