import type { ExpressionSpecification, GeoJSONSource } from 'maplibre-gl';
import type { Locale } from '../../i18n/locale';
import { STATUS_COLOURS } from '../../theme/palette';
import type { LayerConcept } from './concept';
import { emphasised, emptySource, HALO, hovered, match } from './expressions';
import { LAYER, SOURCE } from './ids';

/** Below this zoom projects are gathered into bubbles; a zone is about this wide on screen at 11. */
export const PROJECT_CLUSTER_MAX_ZOOM = 10;

/** Bubbles holding none of the chosen cluster's projects fade back. */
export const BUBBLE_OPACITY: ExpressionSpecification = ['case', ['>', ['get', 'chosenCount'], 0], 0.8, 0.18];

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

/**
 * The major projects: gathered into bubbles summing their investment at city scale, one circle each
 * in its stage's colour closer in. Keyed by project id (`promoteId`); a bubble is keyed by its first
 * project's, so its hover state is its own.
 */
export const PROJECTS: LayerConcept = {
  switchable: 'projects',
  sources: {
    [SOURCE.projects]: emptySource({
      promoteId: 'id',
      cluster: true,
      clusterMaxZoom: PROJECT_CLUSTER_MAX_ZOOM,
      clusterRadius: 42,
      clusterProperties: {
        id: [['accumulated'], ['concat', 'bubble:', ['get', 'id']]],
        investmentYi: ['+', ['get', 'investmentYi']],
        chosenCount: ['+', ['case', ['get', 'chosen'], 1, 0]],
      },
    }),
  },
  layers: [
    {
      tier: 'points',
      layer: {
        id: LAYER.projectCluster,
        type: 'circle',
        source: SOURCE.projects,
        filter: ['has', 'point_count'],
        paint: {
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['sqrt', ['get', 'investmentYi']],
            2,
            14,
            10,
            26,
            20,
            40,
          ],
          'circle-color': '#1c7ed6',
          'circle-opacity': BUBBLE_OPACITY,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['case', hovered, 4, 2],
        },
      },
    },
    {
      tier: 'points',
      layer: {
        id: LAYER.project,
        type: 'circle',
        source: SOURCE.projects,
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
    },
    {
      // From a zone's scale, each project named beside its circle, on whichever side has room.
      tier: 'labels',
      layer: {
        id: LAYER.projectLabel,
        type: 'symbol',
        source: SOURCE.projects,
        filter: ['!', ['has', 'point_count']],
        minzoom: 12,
        layout: {
          'text-field': ['get', 'name'],
          'text-size': 12,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 1,
          'text-max-width': 9,
        },
        paint: { 'text-color': '#1f2933', ...HALO },
      },
    },
    {
      // Beside the bubble's centre, on whichever side is free: placed after the zones' names, it never
      // covers one (it is left out rather), and before the counties', which give way to it.
      tier: 'labels',
      layer: {
        id: LAYER.projectClusterLabel,
        type: 'symbol',
        source: SOURCE.projects,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': bubbleText('zh'),
          'text-size': 13,
          'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
          'text-radial-offset': 0.9,
        },
        paint: { 'text-color': '#ffffff', 'text-halo-color': '#1864ab', 'text-halo-width': 1.5 },
      },
    },
  ],
  legend: STATUS_COLOURS.map(([value, colour]) => ({ value, colour, shape: 'dot' as const })),
  labels: [{ layer: LAYER.projectClusterLabel, text: bubbleText }],
  taps: [
    {
      layer: LAYER.project,
      rank: 2,
      onTap: (feature, { select }) => select({ kind: 'project', id: String(feature.properties.id) }),
    },
    {
      layer: LAYER.projectCluster,
      rank: 5,
      onTap: (feature, { map, lngLat }) =>
        void (map.getSource(SOURCE.projects) as GeoJSONSource)
          .getClusterExpansionZoom(feature.properties.cluster_id as number)
          .then((zoom) => map.easeTo({ center: lngLat, zoom })),
    },
  ],
};
