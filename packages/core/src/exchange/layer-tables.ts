import type { ExportColumn, ExportTable } from '@atlas/exchange';
import { sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { LAYERS, type LayerName } from '../features/layers';
import type { LayerDefinition, LayerReadSettings } from './layer-definition';
import { HOUSING_PROJECTS_LAYER, RELOCATION_SITES_LAYER } from './layer-housing';
import { INSPECTION_RANKING_LAYER } from './layer-inspection-ranking';
import { MONTHLY_REPORTS_LAYER } from './layer-monthly-reports';
import { COUNTIES_LAYER, ZONES_LAYER } from './layer-places';
import { PLAN_TARGETS_LAYER } from './layer-plan-targets';
import { PROJECTS_LAYER } from './layer-projects';
import { checkedWindow, type LayerFilter, refuseOtherFilters } from './layer-query';
import { FACILITIES_LAYER, GRID_PROJECTS_LAYER, ROAD_LINKS_LAYER } from './layer-works';

export type { LayerReadSettings } from './layer-definition';
export { LAYER_FILTERS, type LayerFilter, MAX_EXPORT_ROWS } from './layer-query';

/** The layers that leave the atlas as files and OGC collections, by their GraphQL names. */
export const EXCHANGE_LAYERS = [
  'counties',
  'zones',
  'projects',
  'roadLinks',
  'gridProjects',
  'facilities',
  'relocationSites',
  'housingProjects',
  'planTargets',
  'inspectionRanking',
  'monthlyReports',
] as const;
export type ExchangeLayer = (typeof EXCHANGE_LAYERS)[number];

/** The same filters as the API's lists; each layer takes those that apply to it and refuses the rest. */
export interface LayerQuery {
  /** A zone's code: its rows (a zone itself, for `zones`). */
  readonly zone?: string;
  /** A cluster's code: its projects, its zones, its targets. */
  readonly cluster?: string;
  /** One status or several separated by commas, of the layer's own list. */
  readonly status?: string;
  /** 'YYYY-MM' or 'YYYY-Qn' or 'YYYY', for plan targets, the ranking and monthly reports. */
  readonly period?: string;
  /** minLng, minLat, maxLng, maxLat (WGS 84). */
  readonly bbox?: readonly [number, number, number, number];
  readonly limit?: number;
  readonly offset?: number;
}

export interface LayerPage extends ExportTable {
  /** Rows matching the filters, before limit and offset (OGC's numberMatched). */
  readonly numberMatched: number;
}

const DEFINITIONS: Record<ExchangeLayer, LayerDefinition> = {
  counties: COUNTIES_LAYER,
  zones: ZONES_LAYER,
  projects: PROJECTS_LAYER,
  roadLinks: ROAD_LINKS_LAYER,
  gridProjects: GRID_PROJECTS_LAYER,
  facilities: FACILITIES_LAYER,
  relocationSites: RELOCATION_SITES_LAYER,
  housingProjects: HOUSING_PROJECTS_LAYER,
  planTargets: PLAN_TARGETS_LAYER,
  inspectionRanking: INSPECTION_RANKING_LAYER,
  monthlyReports: MONTHLY_REPORTS_LAYER,
};

/** The map layer behind each exchange layer with geometry (its table and geometry column). */
const MAP_LAYERS: Partial<Record<ExchangeLayer, LayerName>> = {
  counties: 'COUNTIES',
  zones: 'ZONES',
  projects: 'PROJECTS',
  roadLinks: 'ROAD_LINKS',
  gridProjects: 'GRID_PROJECTS',
  facilities: 'FACILITIES',
  relocationSites: 'RELOCATION_SITES',
  housingProjects: 'HOUSING_PROJECTS',
};

/** Whether a name from a URL is an exchange layer. */
export function isExchangeLayer(name: string): name is ExchangeLayer {
  return (EXCHANGE_LAYERS as readonly string[]).includes(name);
}

function definitionOf(layer: ExchangeLayer): LayerDefinition {
  if (!isExchangeLayer(layer)) {
    const shown = JSON.stringify(String(layer).slice(0, 40));
    throw badInput(
      `未知图层 ${shown},可选 ${EXCHANGE_LAYERS.join('、')} / unknown layer ${shown}; the layers are ${EXCHANGE_LAYERS.join(', ')}`,
      { field: 'layer' },
    );
  }
  return DEFINITIONS[layer];
}

/** What a layer is, for OGC's collection list and the export route: title, geometry, filters. */
export function layerDescription(layer: ExchangeLayer): {
  readonly title: { readonly zh: string; readonly en: string };
  readonly hasGeometry: boolean;
  readonly filters: readonly LayerFilter[];
} {
  const { title, hasGeometry, filters } = definitionOf(layer);
  return { title, hasGeometry, filters };
}

/**
 * The rows of `layer` the caller may read, filtered, with its columns (provenance among them):
 * read through the verbs the GraphQL lists use (`listFeatures`, `targetProgress`,
 * `inspectionRanking`, `listMonthlyReports`), in their order. A filter the layer cannot take is
 * BAD_INPUT naming it; without `limit` every row, and more than `MAX_EXPORT_ROWS` is refused
 * before any row is read (for the feature layers) with a message to filter.
 *
 * @example await exportLayer(ctx, 'projects', { zone: 'dancheng', status: 'STARTED' })
 */
export async function exportLayer(
  ctx: CoreContext,
  layer: ExchangeLayer,
  query: LayerQuery,
  settings: LayerReadSettings = {},
): Promise<LayerPage> {
  const definition = definitionOf(layer);
  refuseOtherFilters(layer, query, definition.filters);
  const window = checkedWindow(query.limit, query.offset);
  const filters = {
    ...(query.zone ? { zone: query.zone } : {}),
    ...(query.cluster ? { cluster: query.cluster } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.period ? { period: query.period } : {}),
    ...(query.bbox ? { bbox: query.bbox } : {}),
  };
  const { rows, numberMatched } = await definition.read(ctx, filters, window, settings);
  return {
    layer,
    title: definition.title,
    columns: definition.columns,
    hasGeometry: definition.hasGeometry,
    rows,
    numberMatched,
  };
}

/** The columns `exportLayer` writes for `layer` (the importer also knows a file's headers by them). */
export function layerColumns(layer: ExchangeLayer): readonly ExportColumn[] {
  return definitionOf(layer).columns;
}

/** The layer's extent in WGS 84, [minLng, minLat, maxLng, maxLat], or null when it has no rows or no geometry. */
export async function layerExtent(
  ctx: CoreContext,
  layer: ExchangeLayer,
): Promise<[number, number, number, number] | null> {
  definitionOf(layer);
  const mapLayer = MAP_LAYERS[layer];
  if (!mapLayer) return null;
  const spec = LAYERS[mapLayer];
  const [row] = await ctx.db
    .select({
      extent: sql<string | null>`ST_Extent(${spec.geometry})::text`,
    })
    .from(spec.table);
  const match = /^BOX\(([-\d.e]+) ([-\d.e]+),([-\d.e]+) ([-\d.e]+)\)$/.exec(row?.extent ?? '');
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}
