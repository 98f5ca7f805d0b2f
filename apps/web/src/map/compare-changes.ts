import type { FeatureCollection } from 'geojson';
import type { Locale } from '../i18n/locale';

/** What changed between two months or two rounds, as the API's `changesBetween` gives it. */
export interface MonthChange {
  readonly kind: string;
  readonly zone: { readonly code: string };
  readonly entityId?: string | null;
  readonly name: string;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly point?: readonly number[] | null;
}

/** The two months (`2014-08`) or two rounds (`2014Q3`) a comparison is between. */
export interface Comparison {
  readonly from: string;
  readonly to: string;
}

const MONTH = /^2014-(0[1-9]|1[0-2])$/;
const ROUND = /^2014(Q[1-4])?$/;

/** The months and rounds the compare switch offers, in order: the months of 2014, then its rounds. */
export const COMPARE_MONTHS = Array.from({ length: 12 }, (_, i) => `2014-${String(i + 1).padStart(2, '0')}`);
export const COMPARE_ROUNDS = ['2014Q1', '2014Q2', '2014Q3', '2014Q4'];

/**
 * The comparison a link asks for, `compare=2014-08,2014-09` or `compare=2014Q3,2014Q4`: two months
 * or two rounds, never one of each, the earlier first. Anything else is no comparison.
 *
 * @example
 * parseComparison('?compare=2014Q3,2014Q4'); // { from: '2014Q3', to: '2014Q4' }
 * parseComparison('?compare=2014-09,2014Q4'); // null
 */
export function parseComparison(search: string): Comparison | null {
  const [from = '', to = ''] = (new URLSearchParams(search).get('compare') ?? '').split(',');
  const months = MONTH.test(from) && MONTH.test(to);
  const rounds = ROUND.test(from) && ROUND.test(to);
  if ((!months && !rounds) || from === to) return null;
  return from < to ? { from, to } : { from: to, to: from };
}

/** Writes a comparison into a link's parameters (and takes it out when there is none). */
export function writeComparison(params: URLSearchParams, comparison: Comparison | null) {
  params.delete('compare');
  if (comparison) params.set('compare', `${comparison.from},${comparison.to}`);
}

/** Ranks move up when the number falls: `↑2` from 5th to 3rd. */
function rankMove(from: string | null | undefined, to: string | null | undefined): string {
  const [a, b] = [Number(from), Number(to)];
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return '＝';
  return a > b ? `↑${a - b}` : `↓${b - a}`;
}

const WORDS: Record<string, { zh: string; en: string; mark: string }> = {
  PROJECT_STARTED: { zh: '新开工', en: 'started', mark: '▶' },
  PROJECT_COMPLETED: { zh: '竣工', en: 'completed', mark: '✔' },
  WORKS_COMPLETED: { zh: '完工', en: 'works completed', mark: '✔' },
  RELOCATION_MOVED: { zh: '搬迁', en: 'households moved', mark: '⇢' },
  RANK_MOVED: { zh: '名次', en: 'rank', mark: '' },
};

/**
 * A change in a few words with its mark, the same on the map and in the list: "▶ 新开工", "↑2 名次
 * 5→3", "⇢ 搬迁 40→120".
 *
 * @example
 * changeText({ kind: 'RANK_MOVED', zone: { code: 'taikang' }, name: '太康县', from: '5', to: '3' }, 'zh'); // '↑2 名次 5→3'
 */
export function changeText(change: MonthChange, locale: Locale): string {
  const words = WORDS[change.kind] ?? { zh: change.kind, en: change.kind, mark: '•' };
  const mark = change.kind === 'RANK_MOVED' ? rankMove(change.from, change.to) : words.mark;
  const fromTo = change.from || change.to ? ` ${change.from ?? '—'}→${change.to ?? '—'}` : '';
  return `${mark} ${words[locale]}${fromTo}`;
}

/**
 * The changes that have a place, as points for the map's compare layer, each with its mark and
 * words, and its zone for a rank move drawn at the zone.
 */
export function changeMarks(changes: readonly MonthChange[], locale: Locale): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: changes.flatMap((c, i) =>
      c.point && c.point.length >= 2
        ? [
            {
              type: 'Feature' as const,
              properties: { id: i, kind: c.kind, zoneCode: c.zone.code, text: changeText(c, locale) },
              geometry: { type: 'Point' as const, coordinates: [c.point[0] as number, c.point[1] as number] },
            },
          ]
        : [],
    ),
  };
}

/**
 * The changes grouped by zone for the compare panel, zones in the API's order, and within a zone the
 * rank move first.
 */
export function changesByZone(changes: readonly MonthChange[]): [string, MonthChange[]][] {
  const groups = new Map<string, MonthChange[]>();
  for (const c of changes) groups.set(c.zone.code, [...(groups.get(c.zone.code) ?? []), c]);
  return [...groups.entries()].map(([zone, list]) => [
    zone,
    [...list].sort((a, b) => Number(b.kind === 'RANK_MOVED') - Number(a.kind === 'RANK_MOVED')),
  ]);
}
