import type { Locale } from '../i18n/locale';
import type { ProjectFilter } from '../map/project-filter';

/** The map's switchable layers that leave the atlas as files, by the API's (GraphQL's) layer names. */
export const EXPORTED_LAYERS = {
  counties: 'counties',
  zones: 'zones',
  projects: 'projects',
  roads: 'roadLinks',
  grid: 'gridProjects',
  facilities: 'facilities',
  relocation: 'relocationSites',
} as const;
export type MapLayerId = keyof typeof EXPORTED_LAYERS;
export type ExportLayer = (typeof EXPORTED_LAYERS)[MapLayerId];

/** The file formats, Excel first: what planners open. The value is the file name's ending. */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'geojson', 'shp.zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the map shows now: where it looks, the filters and the language. */
export interface ExportView {
  /** The map's bounds, [west, south, east, north] in degrees, or null before it has any. */
  readonly bounds: readonly [number, number, number, number] | null;
  readonly filter: ProjectFilter;
  readonly cluster: string | null;
  readonly locale: Locale;
}

/** The visible map layers that can be exported, in the layer panel's order. */
export function exportableLayers(shown: readonly string[]): MapLayerId[] {
  return shown.filter((id): id is MapLayerId => id in EXPORTED_LAYERS);
}

// Six decimals are about 0.1 m: rounding outward keeps every feature at the view's edge inside.
const down = (v: number) => Math.floor(v * 1e6) / 1e6;
const up = (v: number) => Math.ceil(v * 1e6) / 1e6;
const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));

/**
 * The map's bounds as the API's `bbox`: rounded outward to six decimals, and held to the globe
 * (zoomed far out, MapLibre's bounds run past ±180° of longitude).
 *
 * @example bboxParam([114.1234567, 33.5, 115.2, 34.1]) // '114.123456,33.5,115.2,34.1'
 */
export function bboxParam([west, south, east, north]: readonly [number, number, number, number]): string {
  return [down(clamp(west, 180)), down(clamp(south, 90)), up(clamp(east, 180)), up(clamp(north, 90))].join(
    ',',
  );
}

/**
 * Whether the map's filters cut this layer: the zone, status and period choices (and the chosen
 * cluster) narrow the projects the map draws and nothing else, so only a projects export carries
 * them; the other layers are exported as the view shows them, by its bounds alone.
 */
export const filtersApply = (layer: ExportLayer): boolean => layer === 'projects';

/**
 * The address of this map app's export of a layer as the view shows it: the view's `bbox`, the
 * language of the headers, and for projects the API's filters by the names it takes (`zone`,
 * `cluster`, `status` — the chosen statuses joined by commas —, `period`).
 *
 * @example
 * exportHref('zones', 'xlsx', { bounds: [114.5, 33.6, 115.0, 34.0], filter: NO_PROJECT_FILTER, cluster: null, locale: 'zh' })
 * // '/export/zones.xlsx?bbox=114.5,33.6,115,34&lang=zh'
 */
export function exportHref(layer: ExportLayer, format: ExportFormat, view: ExportView): string {
  const params = new URLSearchParams();
  if (filtersApply(layer)) {
    if (view.filter.zone) params.set('zone', view.filter.zone);
    if (view.cluster) params.set('cluster', view.cluster);
    if (view.filter.statuses.length > 0) params.set('status', view.filter.statuses.join(','));
    if (view.filter.period) params.set('period', view.filter.period);
  }
  if (view.bounds) params.set('bbox', bboxParam(view.bounds));
  params.set('lang', view.locale);
  return `/export/${layer}.${format}?${params.toString().replaceAll('%2C', ',')}`;
}
