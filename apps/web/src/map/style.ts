import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

/** Star levels, lowest first, with the colours and the words the legend uses. */
export const STAR_LEVEL_STYLE: [level: string, colour: string, label: string][] = [
  ['BELOW_THRESHOLD', '#f2c6b6', '未达门槛'],
  ['THRESHOLD', '#f59e5b', '门槛'],
  ['ONE_STAR', '#d9480f', '一星级'],
  ['TWO_STAR', '#a61e4d', '二星级'],
  ['THREE_STAR', '#5f1c7a', '三星级'],
];

export const ROAD_STYLE: [kind: string, colour: string, label: string][] = [
  ['RECONSTRUCTION_PREWORK', '#868e96', '国省道改造前期'],
  ['CONTINUED', '#e67700', '续建'],
  ['NEW', '#d6336c', '新开工'],
  ['REPAIR', '#5c940d', '大中修'],
];

export const STATUS_STYLE: [status: string, colour: string, label: string][] = [
  ['PLANNED', '#adb5bd', '谋划'],
  ['SIGNED', '#74c0fc', '签约'],
  ['STARTED', '#1c7ed6', '开工'],
  ['COMPLETED', '#2b8a3e', '竣工'],
  ['IN_PRODUCTION', '#0b7285', '投产'],
];

/** A MapLibre `match` expression from a legend table: the map and its legend share one source. */
function match(property: string, table: [string, string, string][], fallback: string): string {
  const pairs: string[] = [];
  for (const [key, colour] of table) pairs.push(key, colour);
  return ['match', ['get', property], ...pairs, fallback] as unknown as string;
}

/**
 * The default map, drawn only from the project's own data: no tiles, no glyph server. Chinese labels
 * come from the browser's fonts (MapLibre's local ideograph rendering).
 */
export function baseStyle(): StyleSpecification {
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  const layers: LayerSpecification[] = [
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
      id: 'zone-fill',
      type: 'fill',
      source: 'zones',
      paint: { 'fill-color': match('starLevel', STAR_LEVEL_STYLE, '#ccc'), 'fill-opacity': 0.85 },
    },
    {
      // Approximate footprints get a dashed outline, so nobody reads them as surveyed boundaries.
      id: 'zone-line',
      type: 'line',
      source: 'zones',
      paint: { 'line-color': '#7c2d12', 'line-width': 1.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'road',
      type: 'line',
      source: 'roads',
      paint: {
        'line-color': match('kind', ROAD_STYLE, '#495057'),
        'line-width': 3,
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
      paint: { 'line-color': '#7048e8', 'line-width': ['case', ['>=', ['get', 'voltageKv'], 220], 3.5, 2.5] },
    },
    {
      id: 'relocation-flow',
      type: 'line',
      source: 'relocationFlows',
      paint: {
        'line-color': '#0ca678',
        'line-width': ['interpolate', ['linear'], ['get', 'households'], 100, 1.5, 400, 4],
        'line-dasharray': [1, 1],
      },
    },
    {
      id: 'project',
      type: 'circle',
      source: 'projects',
      paint: {
        // Small at city scale so the zones underneath stay readable; by investment as one zooms in.
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['interpolate', ['linear'], ['sqrt', ['get', 'investmentYi']], 1, 1.5, 6, 4],
          12,
          ['interpolate', ['linear'], ['sqrt', ['get', 'investmentYi']], 1, 4, 6, 14],
        ],
        'circle-color': match('status', STATUS_STYLE, '#868e96'),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-opacity': 0.9,
      },
    },
    {
      id: 'grid-substation',
      type: 'circle',
      source: 'grid',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#7048e8',
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'facility',
      type: 'circle',
      source: 'facilities',
      paint: {
        'circle-radius': ['case', ['==', ['get', 'kind'], 'SEWAGE_PLANT'], 6, 4],
        'circle-color': ['case', ['==', ['get', 'kind'], 'SEWAGE_PLANT'], '#1098ad', '#f08c00'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'village',
      type: 'circle',
      source: 'villages',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'unitsStarted'], 50, 3, 400, 7],
        'circle-color': '#0ca678',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'county-label',
      type: 'symbol',
      source: 'countyLabels',
      layout: { 'text-field': ['get', 'name'], 'text-size': 14, 'text-offset': [0, -1.2] },
      paint: { 'text-color': '#52606d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'zone-label',
      type: 'symbol',
      source: 'zoneLabels',
      layout: { 'text-field': ['get', 'name'], 'text-size': 15, 'text-offset': [0, 1.2] },
      paint: { 'text-color': '#7c2d12', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
  return {
    version: 8,
    sources: {
      counties: empty,
      countyLabels: empty,
      rivers: empty,
      zones: empty,
      zoneLabels: empty,
      projects: empty,
      roads: empty,
      grid: empty,
      facilities: empty,
      villages: empty,
      relocationFlows: empty,
    },
    layers,
  };
}

/** Layers a leader can switch, with the map layers each one covers. */
export const SWITCHABLE_LAYERS: { id: string; label: string; layers: string[] }[] = [
  { id: 'counties', label: '县界', layers: ['county-fill', 'county-line', 'county-label'] },
  { id: 'rivers', label: '河流', layers: ['river'] },
  { id: 'zones', label: '产业集聚区', layers: ['zone-fill', 'zone-line', 'zone-label'] },
  { id: 'projects', label: '重大项目', layers: ['project'] },
  { id: 'roads', label: '道路工程', layers: ['road'] },
  { id: 'grid', label: '电网工程', layers: ['grid-line', 'grid-substation'] },
  { id: 'facilities', label: '污水厂等设施', layers: ['facility'] },
  { id: 'relocation', label: '村庄搬迁', layers: ['village', 'relocation-flow'] },
];
