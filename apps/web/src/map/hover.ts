import type { MapGeoJSONFeature, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { INTERACTIVE_LAYERS, pickFeature } from './layers';

export type FeatureRef = { source: string; id: string | number };

/** The feature a pointer at `point` means, among the layers a tap or hover reaches. */
export function featureUnder(map: MapLibreMap, point: PointLike | [PointLike, PointLike]) {
  const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
  return pickFeature(map.queryRenderedFeatures(point, { layers }));
}

/** The feature a tap lands on, with a finger's worth of slack around the point. */
export function featureAt(map: MapLibreMap, point: { x: number; y: number }): MapGeoJSONFeature | undefined {
  const slack = 8;
  // The exact point first, so a tap inside a zone is not taken by a project just beside it.
  return (
    featureUnder(map, [point.x, point.y]) ??
    featureUnder(map, [
      [point.x - slack, point.y - slack],
      [point.x + slack, point.y + slack],
    ])
  );
}

/**
 * Highlights the feature under the pointer through feature state, so the style (not new data) draws
 * the highlight; the feature a tap would take is highlighted, and the cursor says it can be tapped.
 * Returns a function that stops it.
 */
export function enableHover(
  map: MapLibreMap,
  onChange: (feature: FeatureRef | null) => void = () => undefined,
) {
  let current: FeatureRef | null = null;
  const clear = () => {
    if (current) map.setFeatureState(current, { hover: false });
    current = null;
    map.getCanvas().style.cursor = '';
    onChange(null);
  };
  const move = (e: { point: { x: number; y: number } }) => {
    const feature = featureUnder(map, [e.point.x, e.point.y]);
    const next = feature?.id === undefined ? null : { source: feature.source, id: feature.id };
    if (next && current && next.source === current.source && next.id === current.id) return;
    clear();
    if (!next) return;
    current = next;
    map.setFeatureState(next, { hover: true });
    map.getCanvas().style.cursor = 'pointer';
    onChange(next);
  };
  map.on('mousemove', move);
  const canvas = map.getCanvas();
  canvas.addEventListener('mouseleave', clear);
  return () => {
    map.off('mousemove', move);
    canvas.removeEventListener('mouseleave', clear);
  };
}
