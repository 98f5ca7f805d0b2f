import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Locale } from '../i18n/locale';

/** Zhoukou with a little margin: what a map shows when it opens on the whole city. */
export const ZHOUKOU_BOUNDS: [west: number, south: number, east: number, north: number] = [
  114.0, 33.0, 115.7, 34.4,
];

/** Star levels, lowest first, with their colours: the map and its legend share these tables. */
export const STAR_LEVEL_COLOURS: [level: string, colour: string][] = [
  ['BELOW_THRESHOLD', '#f2c6b6'],
  ['THRESHOLD', '#f59e5b'],
  ['ONE_STAR', '#d9480f'],
  ['TWO_STAR', '#a61e4d'],
  ['THREE_STAR', '#5f1c7a'],
];

export const STATUS_COLOURS: [status: string, colour: string][] = [
  ['PLANNED', '#adb5bd'],
  ['SIGNED', '#74c0fc'],
  ['STARTED', '#1c7ed6'],
  ['COMPLETED', '#2b8a3e'],
  ['IN_PRODUCTION', '#0b7285'],
];

export const ROAD_COLOURS: [kind: string, colour: string][] = [
  ['RECONSTRUCTION_PREWORK', '#868e96'],
  ['CONTINUED', '#e67700'],
  ['NEW', '#d6336c'],
  ['REPAIR', '#5c940d'],
];

/** Grid works by voltage: the higher the voltage, the darker and heavier the line. */
export const VOLTAGE_STYLE: [kv: number, colour: string, width: number][] = [
  [110, '#7048e8', 2.5],
  [220, '#5f3dc4', 4],
];

/** Percent of a target reached, as the choropleth colours it; no actual yet is grey, never a guess. */
export const CHOROPLETH_STOPS: [percent: number, colour: string][] = [
  [0, '#c92a2a'],
  [50, '#f08c00'],
  [100, '#2f9e44'],
  [150, '#087f5b'],
];
export const NO_DATA_COLOUR = '#ced4da';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const emphasised: ExpressionSpecification = ['any', hovered, selected];

function match(property: string, table: [string, string][], fallback: string): ExpressionSpecification {
  return ['match', ['get', property], ...table.flat(), fallback] as unknown as ExpressionSpecification;
}

/** Zones filled by star level, the plan's own grading. */
export const STAR_FILL = match('starLevel', STAR_LEVEL_COLOURS, '#ccc');

/** Zones filled by percent of the chosen target reached, read from each zone's feature state. */
export const CHOROPLETH_FILL: ExpressionSpecification = [
  'case',
  ['!=', ['typeof', ['feature-state', 'percent']], 'number'],
  NO_DATA_COLOUR,
  [
    'interpolate',
    ['linear'],
    ['to-number', ['feature-state', 'percent'], 0],
    ...CHOROPLETH_STOPS.flat(),
  ] as unknown as ExpressionSpecification,
];

/** A name in the chosen language; the API gives each place both. */
export const nameField = (locale: Locale): ExpressionSpecification => [
  'get',
  locale === 'en' ? 'nameEn' : 'name',
];

/**
 * A zone's name; under it, in choropleth mode, the percent of the target reached, and when a cluster
 * is chosen, its anchor enterprises.
 */
export const zoneLabelField = (locale: Locale): ExpressionSpecification => [
  'format',
  nameField(locale),
  {},
  ['case', ['==', ['get', 'figure'], ''], '', ['concat', '\n', ['get', 'figure']]],
  { 'font-scale': 1.15, 'text-color': '#1f2933' },
  ['case', ['==', ['get', 'anchors'], ''], '', ['concat', '\n', ['get', 'anchors']]],
  { 'font-scale': 0.8, 'text-color': '#1c3d5a' },
];

/** What a project bubble says at city scale: the investment it sums (its size says how many). */
export const bubbleText = (locale: Locale): ExpressionSpecification =>
  locale === 'en'
    ? [
        'concat',
        'CNY ',
        ['number-format', ['/', ['get', 'investmentYi'], 10], { 'max-fraction-digits': 1 }],
        ' bn',
      ]
    : [
        'concat',
        ['number-format', ['get', 'investmentYi'], { locale: 'zh-CN', 'max-fraction-digits': 0 }],
        '亿元',
      ];

/** What a relocation flow says along its line: households, and homes built of those planned. */
export const flowText = (locale: Locale): ExpressionSpecification =>
  locale === 'en'
    ? [
        'concat',
        ['to-string', ['get', 'households']],
        ' households · ',
        ['to-string', ['get', 'unitsCompleted']],
        '/',
        ['to-string', ['get', 'unitsPlanned']],
        ' built',
      ]
    : [
        'concat',
        ['to-string', ['get', 'households']],
        '户 · 竣工',
        ['to-string', ['get', 'unitsCompleted']],
        '/',
        ['to-string', ['get', 'unitsPlanned']],
        '套',
      ];

const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 };

/** Below this zoom projects are gathered into bubbles; a zone is about this wide on screen at 11. */
export const PROJECT_CLUSTER_MAX_ZOOM = 10;

function emptySource(extra: Record<string, unknown> = {}): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    ...extra,
  } as SourceSpecification;
}

/** Bubbles holding none of the chosen cluster's projects fade back. */
export const BUBBLE_OPACITY: ExpressionSpecification = ['case', ['>', ['get', 'chosenCount'], 0], 0.8, 0.18];

/** The zone marker's radius at city scale; larger when it carries a choropleth colour. */
export const markerRadius = (radius: number): ExpressionSpecification => [
  'case',
  emphasised,
  radius + 3,
  radius,
];

const SOURCES: Record<string, SourceSpecification> = {
  counties: emptySource(),
  countyLabels: emptySource(),
  cityOutline: emptySource(),
  rivers: emptySource(),
  zones: emptySource(),
  zoneLabels: emptySource(),
  // Clustered at city scale, each bubble summing its projects' investment and counting the chosen ones.
  projects: emptySource({
    cluster: true,
    clusterMaxZoom: PROJECT_CLUSTER_MAX_ZOOM,
    clusterRadius: 42,
    clusterProperties: {
      investmentYi: ['+', ['get', 'investmentYi']],
      chosenCount: ['+', ['case', ['get', 'chosen'], 1, 0]],
    },
  }),
  roads: emptySource(),
  grid: emptySource(),
  facilities: emptySource(),
  villages: emptySource(),
  communities: emptySource(),
  // Line metrics let a flow fade in from its village to its community: the gradient shows the direction.
  relocationFlows: emptySource({ lineMetrics: true }),
};

const BASE_LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
  {
    id: 'county-fill',
    type: 'fill',
    source: 'counties',
    paint: { 'fill-color': '#fbfbf8', 'fill-opacity': 1 },
  },
  {
    id: 'river',
    type: 'line',
    source: 'rivers',
    paint: { 'line-color': '#74a9cf', 'line-width': ['match', ['get', 'level'], 1, 2.2, 2, 1.6, 1] },
  },
  {
    id: 'county-line',
    type: 'line',
    source: 'counties',
    paint: { 'line-color': '#7b8794', 'line-width': 1.2 },
  },
  {
    id: 'city-outline',
    type: 'line',
    source: 'cityOutline',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#3e4c59', 'line-width': 2.6 },
  },
];

const ZONE_LAYERS: LayerSpecification[] = [
  {
    id: 'zone-fill',
    type: 'fill',
    source: 'zones',
    paint: { 'fill-color': STAR_FILL, 'fill-opacity': 0.85 },
  },
  {
    // An approximate footprint gets a dashed outline, so nobody reads it as a surveyed boundary.
    id: 'zone-line',
    type: 'line',
    source: 'zones',
    paint: {
      'line-color': ['case', emphasised, '#1c3d5a', '#7c2d12'],
      'line-width': ['case', emphasised, 3.5, 1.5],
      'line-dasharray': ['case', ['get', 'approximate'], ['literal', [2, 1.5]], ['literal', [1, 0]]],
    },
  },
];

const WORKS_LAYERS: LayerSpecification[] = [
  {
    id: 'road',
    type: 'line',
    source: 'roads',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': match('kind', ROAD_COLOURS, '#495057'),
      'line-width': ['case', hovered, 6, 3.5],
      'line-dasharray': [
        'case',
        ['==', ['get', 'kind'], 'RECONSTRUCTION_PREWORK'],
        ['literal', [2, 1]],
        ['literal', [1, 0]],
      ],
    },
  },
  {
    id: 'grid-line',
    type: 'line',
    source: 'grid',
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: {
      'line-color': ['case', ['>=', ['get', 'voltageKv'], 220], '#5f3dc4', '#7048e8'],
      'line-width': ['+', ['case', ['>=', ['get', 'voltageKv'], 220], 4, 2.5], ['case', hovered, 2.5, 0]],
      // New builds (新建) dashed, continued ones (续建) solid, as on a planning drawing.
      'line-dasharray': [
        'case',
        ['==', ['get', 'status'], 'NEW'],
        ['literal', [3, 1.5]],
        ['literal', [1, 0]],
      ],
    },
  },
  {
    id: 'relocation-flow',
    type: 'line',
    source: 'relocationFlows',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-gradient': ['interpolate', ['linear'], ['line-progress'], 0, '#b2f2bb', 1, '#087f5b'],
      'line-width': [
        '+',
        ['interpolate', ['linear'], ['get', 'households'], 100, 2, 400, 5],
        ['case', hovered, 2.5, 0],
      ],
    },
  },
];

const PROJECT_LAYERS: LayerSpecification[] = [
  {
    id: 'project-cluster',
    type: 'circle',
    source: 'projects',
    filter: ['has', 'point_count'],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'investmentYi']], 2, 14, 10, 26, 20, 40],
      'circle-color': '#1c7ed6',
      'circle-opacity': BUBBLE_OPACITY,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', hovered, 4, 2],
    },
  },
  {
    id: 'project',
    type: 'circle',
    source: 'projects',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        8,
        ['interpolate', ['linear'], ['sqrt', ['get', 'investmentYi']], 1, 3, 6, 7],
        13,
        ['interpolate', ['linear'], ['sqrt', ['get', 'investmentYi']], 1, 6, 6, 18],
      ],
      'circle-color': match('status', STATUS_COLOURS, '#868e96'),
      'circle-opacity': ['case', ['get', 'chosen'], 0.9, 0.15],
      'circle-stroke-color': ['case', emphasised, '#1f2933', '#ffffff'],
      'circle-stroke-width': ['case', emphasised, 3, 1],
    },
  },
];

const SITE_LAYERS: LayerSpecification[] = [
  {
    id: 'village',
    type: 'circle',
    source: 'villages',
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['get', 'unitsPlanned'], 50, 4, 400, 10],
      'circle-color': '#ffffff',
      'circle-stroke-color': '#087f5b',
      'circle-stroke-width': ['case', emphasised, 4, 2.5],
    },
  },
  {
    // From a county's scale: at the city's, the communities would crowd the zones they sit beside.
    id: 'relocation-community',
    type: 'symbol',
    source: 'communities',
    minzoom: 9.5,
    layout: { 'icon-image': 'community', 'icon-allow-overlap': true },
  },
  {
    id: 'grid-substation',
    type: 'symbol',
    source: 'grid',
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'icon-image': ['case', ['>=', ['get', 'voltageKv'], 220], 'substation-220', 'substation-110'],
      'icon-allow-overlap': true,
    },
  },
  {
    id: 'facility',
    type: 'symbol',
    source: 'facilities',
    // Sewage plants are the plan's named works: shown at every scale, the other facilities from a zone's.
    filter: ['==', ['get', 'kind'], 'SEWAGE_PLANT'],
    layout: { 'icon-image': 'sewage-plant', 'icon-allow-overlap': true },
  },
  {
    id: 'facility-other',
    type: 'symbol',
    source: 'facilities',
    minzoom: 10,
    filter: ['!=', ['get', 'kind'], 'SEWAGE_PLANT'],
    layout: { 'icon-image': 'facility', 'icon-allow-overlap': true },
  },
];

const LABEL_LAYERS: LayerSpecification[] = [
  {
    // At city scale a zone is a few pixels wide: a marker at its seat keeps it findable.
    id: 'zone-marker',
    type: 'circle',
    source: 'zoneLabels',
    maxzoom: 10.5,
    paint: {
      'circle-radius': markerRadius(7),
      'circle-color': STAR_FILL,
      'circle-stroke-color': '#7c2d12',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'county-label',
    type: 'symbol',
    source: 'countyLabels',
    layout: { 'text-field': nameField('zh'), 'text-size': 14, 'text-offset': [0, -1.3] },
    paint: { 'text-color': '#52606d', ...HALO },
  },
  {
    id: 'zone-label',
    type: 'symbol',
    source: 'zoneLabels',
    layout: {
      'text-field': zoneLabelField('zh'),
      'text-size': 15,
      'text-offset': [0, 1.3],
      'text-anchor': 'top',
    },
    paint: { 'text-color': '#7c2d12', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
  {
    id: 'project-cluster-label',
    type: 'symbol',
    source: 'projects',
    filter: ['has', 'point_count'],
    // Above the bubble's centre, clear of the plant and substation symbols that sit in the zones.
    layout: {
      'text-field': bubbleText('zh'),
      'text-size': 13,
      'text-allow-overlap': true,
      'text-offset': [0, -1.1],
    },
    paint: { 'text-color': '#ffffff', 'text-halo-color': '#1864ab', 'text-halo-width': 1.5 },
  },
  {
    id: 'relocation-flow-label',
    type: 'symbol',
    source: 'relocationFlows',
    minzoom: 10.5,
    layout: { 'text-field': flowText('zh'), 'text-size': 12, 'symbol-placement': 'line-center' },
    paint: { 'text-color': '#087f5b', ...HALO },
  },
];

/**
 * The default map, drawn only from the project's own data: no tiles, no glyph server. Labels come
 * from the browser's fonts (MapLibre's local glyph rendering), symbols are drawn in the browser.
 */
export function baseStyle(): StyleSpecification {
  // A fresh copy each time: the map's look and data are written into it before the map opens.
  return structuredClone({
    version: 8,
    sources: SOURCES,
    layers: [
      ...BASE_LAYERS,
      ...ZONE_LAYERS,
      ...WORKS_LAYERS,
      ...PROJECT_LAYERS,
      ...SITE_LAYERS,
      ...LABEL_LAYERS,
    ],
  } satisfies StyleSpecification);
}

/** Layers whose labels follow the chosen language, with the text each one shows. */
export const LOCALISED_LABELS: [layer: string, text: (locale: Locale) => ExpressionSpecification][] = [
  ['county-label', nameField],
  ['zone-label', zoneLabelField],
  ['project-cluster-label', bubbleText],
  ['relocation-flow-label', flowText],
];

/** Layers a tap or a hover can reach, with the source whose feature it highlights. */
export const INTERACTIVE_LAYERS: [layer: string, source: string][] = [
  ['project', 'projects'],
  ['project-cluster', 'projects'],
  ['village', 'villages'],
  ['relocation-flow', 'relocationFlows'],
  ['zone-marker', 'zoneLabels'],
  ['road', 'roads'],
  ['grid-line', 'grid'],
  ['zone-fill', 'zones'],
];

/** Layers a leader can switch, with the map layers each one covers. */
export const SWITCHABLE_LAYERS: { id: string; layers: string[] }[] = [
  { id: 'counties', layers: ['county-fill', 'county-line', 'city-outline', 'county-label'] },
  { id: 'rivers', layers: ['river'] },
  { id: 'zones', layers: ['zone-fill', 'zone-line', 'zone-label', 'zone-marker'] },
  { id: 'projects', layers: ['project', 'project-cluster', 'project-cluster-label'] },
  { id: 'roads', layers: ['road'] },
  { id: 'grid', layers: ['grid-line', 'grid-substation'] },
  { id: 'facilities', layers: ['facility', 'facility-other'] },
  {
    id: 'relocation',
    layers: ['village', 'relocation-flow', 'relocation-community', 'relocation-flow-label'],
  },
];
