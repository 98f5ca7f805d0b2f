import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/locale';
import { CHOROPLETH_STOPS, NO_DATA_COLOUR, STAR_LEVEL_COLOURS } from '../../theme/palette';
import type { LayerConcept, TapContext } from './concept';
import { emphasised, emptySource, match, nameField } from './expressions';
import { LAYER, SOURCE } from './ids';

/** Zones filled by star level, the plan's own grading. */
export const STAR_FILL = match('starLevel', STAR_LEVEL_COLOURS, '#cccccc');

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

/**
 * Zones filled by their flag against time progress (green ahead, yellow a little behind, red far
 * behind), read from each zone's feature state; the points are written under each name as well.
 */
export const PROGRESS_COLOURS: [flag: string, colour: string][] = [
  ['GREEN', '#2b8a3e'],
  ['YELLOW', '#f2c94c'],
  ['RED', '#c92a2a'],
];
export const PROGRESS_FILL: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'flag'], ''],
  ...PROGRESS_COLOURS.flat(),
  NO_DATA_COLOUR,
] as unknown as ExpressionSpecification;

/** The darkest fill for the first rank, the lightest for the tenth; the rank is written under each name. */
export const RANK_STOPS: [rank: number, colour: string][] = [
  [1, '#08306b'],
  [5, '#4292c6'],
  [10, '#deebf7'],
];
export const RANK_FILL: ExpressionSpecification = [
  'case',
  ['!=', ['typeof', ['feature-state', 'rank']], 'number'],
  NO_DATA_COLOUR,
  [
    'interpolate',
    ['linear'],
    ['to-number', ['feature-state', 'rank'], 10],
    ...RANK_STOPS.flat(),
  ] as unknown as ExpressionSpecification,
];

/** The zone marker's radius at city scale; larger when it carries a choropleth colour. */
export const markerRadius = (radius: number): ExpressionSpecification => [
  'case',
  emphasised,
  radius + 3,
  radius,
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

const openZone = (feature: { properties: Record<string, unknown> }, { select }: TapContext) =>
  select({ kind: 'zone', id: String(feature.properties.code) });

/**
 * The plan's industrial cluster districts: footprints filled by star level (or by a target's percent
 * reached), and at city scale, where a footprint is a few pixels, a marker and a name at the seat.
 * Both sources are keyed by zone code (`promoteId`), so a zone's highlight follows its code.
 */
export const ZONES: LayerConcept = {
  switchable: 'zones',
  sources: {
    [SOURCE.zones]: emptySource({ promoteId: 'code' }),
    [SOURCE.zoneLabels]: emptySource({ promoteId: 'code' }),
  },
  layers: [
    {
      tier: 'areas',
      layer: {
        id: LAYER.zoneFill,
        type: 'fill',
        source: SOURCE.zones,
        paint: { 'fill-color': STAR_FILL, 'fill-opacity': 0.85 },
      },
    },
    {
      // An approximate footprint gets a dashed outline, so nobody reads it as a surveyed boundary.
      tier: 'areas',
      layer: {
        id: LAYER.zoneLine,
        type: 'line',
        source: SOURCE.zones,
        paint: {
          'line-color': ['case', emphasised, '#1c3d5a', '#7c2d12'],
          'line-width': ['case', emphasised, 3.5, 1.5],
          'line-dasharray': ['case', ['get', 'approximate'], ['literal', [2, 1.5]], ['literal', [1, 0]]],
        },
      },
    },
    {
      // Over the project bubbles: a zone stays findable (and tappable) under the investment drawn near it.
      tier: 'markers',
      layer: {
        id: LAYER.zoneMarker,
        type: 'circle',
        source: SOURCE.zoneLabels,
        maxzoom: 10.5,
        paint: {
          'circle-radius': markerRadius(7),
          'circle-color': STAR_FILL,
          'circle-stroke-color': '#7c2d12',
          'circle-stroke-width': 2,
        },
      },
    },
    {
      // The topmost labels, so they are placed first: no bubble or county name hides a zone's. Each
      // may sit on any side of its marker, so two zones a few kilometres apart both keep their names.
      tier: 'names',
      layer: {
        id: LAYER.zoneLabel,
        type: 'symbol',
        source: SOURCE.zoneLabels,
        layout: {
          'text-field': zoneLabelField('zh'),
          'text-size': 15,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left', 'top-right', 'top-left'],
          'text-radial-offset': 1.1,
          'text-justify': 'auto',
          'text-padding': 1,
        },
        paint: { 'text-color': '#7c2d12', 'text-halo-color': '#ffffff', 'text-halo-width': 2.2 },
      },
    },
  ],
  legend: STAR_LEVEL_COLOURS.map(([value, colour]) => ({ value, colour, shape: 'box' as const })),
  labels: [{ layer: LAYER.zoneLabel, text: zoneLabelField }],
  taps: [
    { layer: LAYER.zoneLabel, rank: 0, onTap: openZone },
    { layer: LAYER.zoneMarker, rank: 1, onTap: openZone },
    { layer: LAYER.zoneFill, rank: 9, onTap: openZone },
  ],
};
