import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Locale } from '../i18n/locale';
import { LAYER, type LayerId, LOCALISED_LABELS, SWITCHABLE_LAYERS } from './layers';

/**
 * Where a look is written: a live MapLibre map, or a style not yet handed to one. The map is opened
 * with its look already in the style, since every layout change after it re-tiles a source, and on
 * a machine without a GPU each extra pass costs a visible fraction of a second.
 */
export interface StyleEditor {
  setPaintProperty(layer: LayerId, name: string, value: unknown): unknown;
  setLayoutProperty(layer: LayerId, name: string, value: unknown): unknown;
  getLayoutProperty(layer: LayerId, name: string): unknown;
}

/** Edits a style specification in place, the way the map edits its own style. */
export function styleEditor(style: StyleSpecification): StyleEditor {
  const layers = new Map(style.layers.map((l) => [l.id, l as { paint?: object; layout?: object }]));
  const part = (id: string, key: 'paint' | 'layout') => {
    const layer = layers.get(id);
    if (!layer) return undefined;
    layer[key] ??= {};
    return layer[key] as Record<string, unknown>;
  };
  return {
    setPaintProperty(id, name, value) {
      const paint = part(id, 'paint');
      if (paint) paint[name] = value;
    },
    setLayoutProperty(id, name, value) {
      const layout = part(id, 'layout');
      if (layout) layout[name] = value;
    },
    getLayoutProperty: (id, name) => (layers.get(id)?.layout as Record<string, unknown> | undefined)?.[name],
  };
}

/** Dims the zones not in the chosen cluster; with no cluster chosen, every zone is drawn in full. */
export function highlightCluster(editor: StyleEditor, cluster: string | null) {
  const member: ExpressionSpecification = ['in', cluster ?? '', ['get', 'clusters']];
  // Solid at city scale, where a zone is a few pixels; faint close in, so what is in it shows through.
  editor.setPaintProperty(LAYER.zoneFill, 'fill-opacity', [
    'interpolate',
    ['linear'],
    ['zoom'],
    10,
    cluster ? ['case', member, 0.95, 0.15] : 0.85,
    14,
    cluster ? ['case', member, 0.4, 0.08] : 0.3,
  ]);
  editor.setPaintProperty(LAYER.zoneLabel, 'text-opacity', cluster ? ['case', member, 1, 0.35] : 1);
  editor.setPaintProperty(LAYER.zoneMarker, 'circle-opacity', cluster ? ['case', member, 1, 0.2] : 1);
}

/** Puts every label in the chosen language. */
export function applyLocale(editor: StyleEditor, locale: Locale) {
  for (const { layer, text } of LOCALISED_LABELS) editor.setLayoutProperty(layer, 'text-field', text(locale));
}

/** Shows the switchable layers except the hidden ones, touching only those that change. */
export function applyVisibility(editor: StyleEditor, hidden: readonly string[]) {
  for (const layer of SWITCHABLE_LAYERS) {
    const visibility = hidden.includes(layer.id) ? 'none' : 'visible';
    for (const id of layer.layers) {
      if ((editor.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
        editor.setLayoutProperty(id, 'visibility', visibility);
    }
  }
}

/** The switchable layers the map draws now, read back from its own state. */
export function shownLayers(editor: StyleEditor): string[] {
  return SWITCHABLE_LAYERS.filter((l) =>
    l.layers.every((id) => editor.getLayoutProperty(id, 'visibility') !== 'none'),
  ).map((l) => l.id);
}

/** Puts each collection in the style's GeoJSON source of the same id, so the map opens with its data. */
export function withSources(style: StyleSpecification, sources: Record<string, GeoJSON.FeatureCollection>) {
  for (const [id, collection] of Object.entries(sources)) {
    const source = style.sources[id];
    if (source?.type === 'geojson') source.data = collection;
  }
  return style;
}
