import type { Locale } from '../i18n/locale';

/**
 * The report page's address for a month, a zone (or none: the reporter's own, the planners' list),
 * and a language.
 *
 * @example reportHref('2014-09', 'taikang', 'en'); // '/report?month=2014-09&zone=taikang&lang=en'
 */
export function reportHref(month: string, zone: string | null, locale: Locale): string {
  const params = new URLSearchParams({ month });
  if (zone) params.set('zone', zone);
  if (locale === 'en') params.set('lang', 'en');
  return `/report?${params.toString()}`;
}
