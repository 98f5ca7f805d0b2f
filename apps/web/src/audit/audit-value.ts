import type { Locale } from '../i18n/locale';

/** Longer values (a geometry, a long text) are cut here: the history says that it changed, not all of it. */
const MAX_SHOWN = 80;

const BLANK: Record<Locale, string> = { zh: '（空）', en: '(empty)' };

/**
 * A before or after value of the audit log (any JSON) as one short line: text as it is, numbers and
 * booleans as written, objects as compact JSON, cut at 80 characters; nothing as (空)/(empty).
 *
 * @example
 * auditValue(null, 'zh'); // '（空）'
 * auditValue({ type: 'Point', coordinates: [114.6, 33.6] }, 'en'); // '{"type":"Point","coordinates":[114.6,33.6]}'
 */
export function auditValue(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return BLANK[locale];
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown;
}

/**
 * A moment of the log in the reader's calendar, to the minute, in Zhoukou's time (UTC+8) whatever
 * the device says: who changed a figure "on 6 October" must mean the same day for everyone.
 *
 * @example
 * auditTime('2014-10-05T16:30:00.000Z', 'zh'); // '2014-10-06 00:30'
 */
export function auditTime(iso: string, _locale: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
