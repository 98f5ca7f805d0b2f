import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/locale';
import type { WorksKind } from '../late-works';
import type { AtlasLayer, Tier } from './concept';
import { emptySource } from './expressions';
import { LAYER, type LayerId, SOURCE } from './ids';

/** Late works' red: the warning red of the palette's ranking board, dark enough on white. */
export const LATE_COLOUR = '#c92a2a';

/** A feature drawn late: its schedule (written into its properties) says so. */
export const isLate: ExpressionSpecification = ['==', ['get', 'late'], true];

/**
 * A dashed red halo under a late line: the dash, not only the colour, says "late", and the line's
 * own colour and dash (its kind, its voltage) still show inside it.
 */
export function lateCasing(id: LayerId, source: string, extraFilter?: ExpressionSpecification) {
  return {
    tier: 'lines' as Tier,
    layer: {
      id,
      type: 'line',
      source,
      filter: extraFilter ? ['all', isLate, extraFilter] : isLate,
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': LATE_COLOUR,
        'line-width': 11,
        'line-opacity': 0.85,
        'line-dasharray': [1.2, 0.8],
      },
    } as AtlasLayer,
  };
}

/** What a late mark says: ⚠ and the word, so no one needs the colour to see it. */
export const lateText = (locale: Locale): ExpressionSpecification => [
  'literal',
  locale === 'en' ? '⚠ late' : '⚠ 逾期',
];

/** The ⚠ mark at a late works of one kind (the lateWorks source holds one point per late works). */
export function lateMark(id: LayerId, kind: WorksKind) {
  return {
    tier: 'labels' as Tier,
    layer: {
      id,
      type: 'symbol',
      source: SOURCE.lateWorks,
      // From a county's scale: at the city's, the dashed halos say it and the marks would crowd the zones.
      minzoom: 9.5,
      filter: ['==', ['get', 'kind'], kind],
      layout: {
        'text-field': lateText('zh'),
        'text-size': 15,
        'text-anchor': 'bottom',
        'text-offset': [0, -0.6],
        'text-allow-overlap': true,
        // Drawn over the other labels without pushing any of them out.
        'text-ignore-placement': true,
      },
      paint: { 'text-color': LATE_COLOUR, 'text-halo-color': '#ffffff', 'text-halo-width': 2.5 },
    } as AtlasLayer,
  };
}

/** The late marks' source: one point per late works, keyed by kind and id. */
export const LATE_SOURCES = { [SOURCE.lateWorks]: emptySource({ promoteId: 'id' }) };

/** Every late mark layer, whose text follows the language. */
export const LATE_MARK_LAYERS: readonly LayerId[] = [
  LAYER.roadLateMark,
  LAYER.gridLateMark,
  LAYER.facilityLateMark,
  LAYER.villageLateMark,
];
