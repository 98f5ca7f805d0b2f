import type { Locale } from '../i18n/locale';

/** A figure from the API: null where no data stands behind it. */
type Amount = number | null | undefined;

const isFigure = (v: Amount): v is number => typeof v === 'number' && Number.isFinite(v);

const oneDecimal = (v: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: locale === 'en',
  }).format(Math.abs(v));

/**
 * Percentage points ahead of (or behind) time progress, signed as the city's reports write it:
 * a full-width plus or a true minus, one decimal, so a room reads the direction without the colour.
 *
 * @example
 * signedPoints(4.15, 'zh'); // '＋4.2'
 * signedPoints(-12.5, 'en'); // '−12.5'
 */
export function signedPoints(points: number, locale: Locale): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return '±0.0';
  const plus = locale === 'zh' ? '＋' : '+';
  return `${rounded > 0 ? plus : '−'}${oneDecimal(rounded, locale)}`;
}

/**
 * Ahead or behind time progress in words: "＋4.2个百分点 · 快于时间进度", "−12.5 pts · behind time".
 * Null points (no annual plan) say so, never a zero.
 *
 * @example
 * aheadBehind(4.15, 'zh'); // '＋4.2个百分点 · 快于时间进度'
 * aheadBehind(-12.5, 'en'); // '−12.5 pts · behind time'
 * aheadBehind(null, 'zh'); // '无年度计划'
 */
export function aheadBehind(points: Amount, locale: Locale): string {
  if (!isFigure(points)) return locale === 'zh' ? '无年度计划' : 'no annual plan';
  const signed = signedPoints(points, locale);
  const rounded = Math.round(points * 10) / 10;
  if (locale === 'zh') {
    const word = rounded > 0 ? '快于' : rounded < 0 ? '慢于' : '持平于';
    return `${signed}个百分点 · ${word}时间进度`;
  }
  const word = rounded > 0 ? 'ahead of time' : rounded < 0 ? 'behind time' : 'on time';
  return `${signed} pts · ${word}`;
}

/**
 * Ahead or behind in a map label's few words: "慢于 −12.5个百分点", "−12.5 pts behind".
 *
 * @example
 * aheadBehindShort(-12.5, 'zh'); // '慢于 −12.5个百分点'
 * aheadBehindShort(4.15, 'en'); // '+4.2 pts ahead'
 */
export function aheadBehindShort(points: Amount, locale: Locale): string {
  if (!isFigure(points)) return locale === 'zh' ? '无年度计划' : 'no annual plan';
  const signed = signedPoints(points, locale);
  const rounded = Math.round(points * 10) / 10;
  if (locale === 'zh') return `${rounded > 0 ? '快于' : rounded < 0 ? '慢于' : '持平'} ${signed}个百分点`;
  return `${signed} pts ${rounded > 0 ? 'ahead' : rounded < 0 ? 'behind' : 'on time'}`;
}

/**
 * Money given in 万元 (10,000 yuan), as reports and the ledger keep it: 万元 in Chinese, grouped to
 * one decimal; millions of yuan in English.
 *
 * @example
 * formatWan(12345.67, 'zh'); // '12345.7万元'
 * formatWan(12345.67, 'en'); // 'CNY 123.5 m'
 * formatWan(null, 'zh'); // '—'
 */
export function formatWan(wan: Amount, locale: Locale): string {
  if (!isFigure(wan)) return '—';
  const format = (v: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      maximumFractionDigits: 1,
      useGrouping: locale === 'en',
    }).format(v);
  return locale === 'zh' ? `${format(wan)}万元` : `CNY ${format(wan / 100)} m`;
}
