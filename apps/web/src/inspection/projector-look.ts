import type { FeatureCollection, Position } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { LAYER } from '../map/layers';
import { styleEditor } from '../map/map-look';

/**
 * The big screen's text sizes: a 1920 × 1080 projector seen from 8 m, where 24 px is about the
 * smallest a room reads. Zone names and project names are drawn at these sizes, with heavier halos.
 */
export const PROJECTOR_TEXT_PX = { zone: 30, project: 22 } as const;

/** Projects are named from this zoom: a tour stop shows a zone between the boards, at about 11 to 13. */
export const PROJECTOR_PROJECT_NAMES_FROM_ZOOM = 10.5;

/**
 * Makes the map's names readable across a room: larger zone and project labels, larger circles,
 * project names from a tour stop's zoom. Edits `style` in place.
 */
export function projectorLook(style: StyleSpecification) {
  const projectLabel = style.layers.find((l) => l.id === LAYER.projectLabel);
  if (projectLabel) projectLabel.minzoom = PROJECTOR_PROJECT_NAMES_FROM_ZOOM;
  const editor = styleEditor(style);
  editor.setLayoutProperty(LAYER.zoneLabel, 'text-size', PROJECTOR_TEXT_PX.zone);
  editor.setPaintProperty(LAYER.zoneLabel, 'text-halo-width', 3);
  editor.setLayoutProperty(LAYER.projectLabel, 'text-size', PROJECTOR_TEXT_PX.project);
  editor.setLayoutProperty(LAYER.projectLabel, 'text-max-width', 12);
  editor.setPaintProperty(LAYER.projectLabel, 'text-halo-width', 3);
  editor.setPaintProperty(LAYER.project, 'circle-radius', [
    'interpolate',
    ['linear'],
    ['sqrt', ['get', 'investmentYi']],
    1,
    8,
    6,
    20,
  ]);
}

/** The bounding box of a zone's footprint in the zones source, as [west, south, east, north]. */
export function zoneBounds(zones: FeatureCollection, code: string): [number, number, number, number] | null {
  const zone = zones.features.find((f) => f.properties?.code === code);
  if (!zone) return null;
  const positions: Position[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value) && typeof value[0] === 'number') positions.push(value as Position);
    else if (Array.isArray(value)) for (const v of value) walk(v);
  };
  walk((zone.geometry as { coordinates?: unknown }).coordinates);
  if (positions.length === 0) return null;
  const xs = positions.map((p) => p[0] as number);
  const ys = positions.map((p) => p[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
