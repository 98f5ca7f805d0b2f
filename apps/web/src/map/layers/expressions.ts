import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/locale';

export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const emphasised: ExpressionSpecification = ['any', hovered, selected];

/** A property looked up in a table of values, with a fallback for anything else. */
export function match<T>(property: string, table: readonly (readonly [string, T])[], fallback: T) {
  const pairs = table.flatMap(([key, value]) => [key, Array.isArray(value) ? ['literal', value] : value]);
  const other = Array.isArray(fallback) ? ['literal', fallback] : fallback;
  return ['match', ['get', property], ...pairs, other] as unknown as ExpressionSpecification;
}

/** A white halo that keeps a label readable over lines and fills. */
export const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 2 } as const;

/** A name in the chosen language; the API gives each place both. */
export const nameField = (locale: Locale): ExpressionSpecification => [
  'get',
  locale === 'en' ? 'nameEn' : 'name',
];

/** Browsers' CJK fonts for MapLibre's local glyph rendering: no glyph server is needed. */
export const LOCAL_FONTS = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function emptySource(extra: Record<string, unknown> = {}) {
  return { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] }, ...extra };
}
