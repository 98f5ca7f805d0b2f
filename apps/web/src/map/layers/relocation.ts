import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/locale';
import { RELOCATION_COLOURS } from '../../theme/palette';
import type { LayerConcept, TapContext } from './concept';
import { emphasised, emptySource, HALO, hovered } from './expressions';
import { LAYER, SOURCE } from './ids';
import { lateMark, lateText } from './late';

/**
 * Households moved and still waiting, against the village's deadline, once its schedule is known:
 * "已搬120户 · 待搬80户 · 期限2014-09-30", with ⚠ 逾期 when the deadline has passed.
 */
const movedText = (locale: Locale): ExpressionSpecification =>
  locale === 'en'
    ? [
        'concat',
        '\n',
        ['to-string', ['get', 'householdsMoved']],
        ' moved · ',
        ['to-string', ['get', 'householdsWaiting']],
        ' waiting',
        [
          'case',
          ['==', ['get', 'plannedFinishOn'], ''],
          '',
          ['concat', ' · due ', ['get', 'plannedFinishOn']],
        ],
        ['case', ['==', ['get', 'late'], true], ' · ⚠ late', ''],
      ]
    : [
        'concat',
        '\n已搬',
        ['to-string', ['get', 'householdsMoved']],
        '户 · 待搬',
        ['to-string', ['get', 'householdsWaiting']],
        '户',
        [
          'case',
          ['==', ['get', 'plannedFinishOn'], ''],
          '',
          ['concat', ' · 期限', ['get', 'plannedFinishOn']],
        ],
        ['case', ['==', ['get', 'late'], true], ' · ⚠ 逾期', ''],
      ];

/** What a relocation flow says along its line: households, homes built of those planned, and moves. */
export const flowText = (locale: Locale): ExpressionSpecification => [
  'concat',
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
      ],
  ['case', ['has', 'householdsMoved'], movedText(locale), ''],
];

const openSite = (feature: { properties: Record<string, unknown> }, { select }: TapContext) =>
  select({ kind: 'relocation', id: String(feature.properties.id) });

/**
 * Village relocation: each village, the line its families' move follows to the resettlement
 * community (fading in towards the community, so it shows the direction), and the community.
 */
export const RELOCATION: LayerConcept = {
  switchable: 'relocation',
  sources: {
    [SOURCE.villages]: emptySource({ promoteId: 'id' }),
    [SOURCE.communities]: emptySource({ promoteId: 'id' }),
    // Line metrics let a flow fade in from its village to its community.
    [SOURCE.relocationFlows]: emptySource({ lineMetrics: true, promoteId: 'id' }),
  },
  layers: [
    {
      tier: 'lines',
      layer: {
        id: LAYER.relocationFlow,
        type: 'line',
        source: SOURCE.relocationFlows,
        layout: { 'line-cap': 'round' },
        paint: {
          'line-gradient': [
            'interpolate',
            ['linear'],
            ['line-progress'],
            0,
            RELOCATION_COLOURS.flowFrom,
            1,
            RELOCATION_COLOURS.flowTo,
          ],
          'line-width': [
            '+',
            ['interpolate', ['linear'], ['get', 'households'], 100, 2, 400, 5],
            ['case', hovered, 2.5, 0],
          ],
        },
      },
    },
    {
      tier: 'symbols',
      layer: {
        id: LAYER.village,
        type: 'circle',
        source: SOURCE.villages,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['get', 'unitsPlanned'], 50, 4, 400, 10],
          'circle-color': '#ffffff',
          'circle-stroke-color': RELOCATION_COLOURS.village,
          'circle-stroke-width': ['case', emphasised, 4, 2.5],
        },
      },
    },
    {
      // From a county's scale: at the city's, the communities would crowd the zones they sit beside.
      tier: 'symbols',
      layer: {
        id: LAYER.relocationCommunity,
        type: 'symbol',
        source: SOURCE.communities,
        minzoom: 9.5,
        layout: { 'icon-image': 'community', 'icon-allow-overlap': true },
      },
    },
    {
      // Level and large, at the flow's middle, with a wide halo so a road under it does not cut it.
      tier: 'labels',
      layer: {
        id: LAYER.relocationFlowLabel,
        type: 'symbol',
        source: SOURCE.relocationFlows,
        minzoom: 10.5,
        layout: {
          'text-field': flowText('zh'),
          'text-size': 15,
          'symbol-placement': 'line-center',
          'text-rotation-alignment': 'viewport',
          'text-pitch-alignment': 'viewport',
          'text-max-angle': 180,
        },
        paint: { 'text-color': '#064e3b', ...HALO, 'text-halo-width': 3 },
      },
    },
    lateMark(LAYER.villageLateMark, 'RELOCATION_SITE'),
  ],
  labels: [
    { layer: LAYER.relocationFlowLabel, text: flowText },
    { layer: LAYER.villageLateMark, text: lateText },
  ],
  taps: [
    { layer: LAYER.village, rank: 3, onTap: openSite },
    { layer: LAYER.relocationFlow, rank: 4, onTap: openSite },
  ],
};
