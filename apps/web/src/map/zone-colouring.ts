import type { Locale } from '../i18n/locale';
import { aheadBehindShort } from '../meeting/ahead-behind';

/** Besides star levels and a target's percent (`target=`), what the zones can be coloured by. */
export type ZoneColouring = { readonly kind: 'progress' } | { readonly kind: 'rank'; readonly round: string };

/** What each zone's fill reads: a flag or a rank in its feature state, and the figure under its name. */
export interface ZoneColours {
  readonly kind: 'target' | 'progress' | 'rank';
  /** Feature state per zone code: `percent` (target), `flag` (progress) or `rank` (rank). */
  readonly states: ReadonlyMap<string, Record<string, string | number | null>>;
  /** The text under each zone's name: the figure, with its source where demo rows stand behind it. */
  readonly figures: ReadonlyMap<string, string>;
}

/** The rounds a zone can be coloured by rank of: the inspection screen's. */
export const RANK_ROUNDS = ['2014Q3', '2014Q4', '2014'] as const;

/**
 * The colouring a link asks for: `colour=progress`, or `colour=rank` with `round=2014Q3` (the latest
 * round when the round is missing or unknown). Anything else leaves the colouring to `target=`.
 *
 * @example
 * parseColouring('?colour=rank&round=2014Q3'); // { kind: 'rank', round: '2014Q3' }
 * parseColouring('?colour=progress'); // { kind: 'progress' }
 */
export function parseColouring(search: string): ZoneColouring | null {
  const params = new URLSearchParams(search);
  const colour = params.get('colour');
  if (colour === 'progress') return { kind: 'progress' };
  if (colour !== 'rank') return null;
  const asked = params.get('round');
  const round = RANK_ROUNDS.find((r) => r === asked) ?? RANK_ROUNDS[RANK_ROUNDS.length - 1];
  return { kind: 'rank', round: round as string };
}

/** Writes a colouring into a link's parameters (and takes it out when there is none). */
export function writeColouring(params: URLSearchParams, colouring: ZoneColouring | null) {
  params.delete('colour');
  params.delete('round');
  if (!colouring) return;
  params.set('colour', colouring.kind);
  if (colouring.kind === 'rank') params.set('round', colouring.round);
}

/** The colouring as the switch's value (`progress`, `rank:2014Q3`) and back. */
export const colouringValue = (c: ZoneColouring | null) =>
  !c ? '' : c.kind === 'rank' ? `rank:${c.round}` : c.kind;
export function colouringFromValue(value: string): ZoneColouring | null {
  if (value === 'progress') return { kind: 'progress' };
  const [kind, round] = value.split(':');
  return kind === 'rank' && RANK_ROUNDS.some((r) => r === round)
    ? { kind: 'rank', round: round as string }
    : null;
}

// On its own line under the figure: the label stays narrow, and the source is never left off.
const demoMark = (demo: boolean, locale: Locale) =>
  demo ? (locale === 'en' ? '\ndemo data' : '\n演示数据') : '';

/**
 * Zones coloured by time progress: each zone's flag, and under its name the points ahead or behind
 * in words ("快于 ＋4.2个百分点"), marked where demo rows stand behind them.
 *
 * @example
 * progressColours([{ zone: { code: 'taikang' }, pointsAhead: -12.5, flag: 'RED', demo: true }], 'zh')
 *   .figures.get('taikang'); // '慢于 −12.5个百分点\n演示数据'
 */
export function progressColours(
  rows: readonly {
    zone: { code: string };
    pointsAhead?: number | null;
    flag?: string | null;
    demo: boolean;
  }[],
  locale: Locale,
): ZoneColours {
  return {
    kind: 'progress',
    states: new Map(rows.map((r) => [r.zone.code, { flag: r.flag ?? null }])),
    figures: new Map(
      rows.map((r) => [r.zone.code, `${aheadBehindShort(r.pointsAhead, locale)}${demoMark(r.demo, locale)}`]),
    ),
  };
}

/**
 * Zones coloured by their rank at an inspection round, the rank and score written under the name;
 * a draft ranking and demo figures say so.
 *
 * @example
 * rankColours({ status: 'DRAFT', demo: true, zones: [{ zoneCode: 'taikang', rank: 3, score: 82.4 }] }, 'zh')
 *   .figures.get('taikang'); // '第3名 · 82.4分 · 草稿\n演示数据'
 */
export function rankColours(
  ranking: {
    status: string;
    demo: boolean;
    zones: readonly { zoneCode: string; rank?: number | null; score?: number | null }[];
  },
  locale: Locale,
): ZoneColours {
  const draft = ranking.status === 'PUBLISHED' ? '' : locale === 'en' ? ' · draft' : ' · 草稿';
  const text = (rank: number | null | undefined, score: number | null | undefined) => {
    if (rank === null || rank === undefined) return locale === 'en' ? 'not ranked' : '未排名';
    const points = score === null || score === undefined ? '—' : score.toFixed(1);
    return locale === 'en' ? `Rank ${rank} · ${points}` : `第${rank}名 · ${points}分`;
  };
  return {
    kind: 'rank',
    states: new Map(ranking.zones.map((z) => [z.zoneCode, { rank: z.rank ?? null }])),
    figures: new Map(
      ranking.zones.map((z) => [
        z.zoneCode,
        `${text(z.rank, z.score)}${draft}${demoMark(ranking.demo, locale)}`,
      ]),
    ),
  };
}

/** One row of the time-progress legend: a flag and the range of points it covers, in words. */
export interface ThresholdKey {
  readonly flag: string;
  readonly range: string;
}

/**
 * The legend's ranges from the API's thresholds (`timeProgressThresholds`), highest first: each
 * flag from its own minimum up to the next one's, the last one below everything.
 *
 * @example
 * thresholdKeys([{ flag: 'GREEN', minPointsAhead: 0 }, { flag: 'YELLOW', minPointsAhead: -10 },
 *   { flag: 'RED', minPointsAhead: null }], 'zh');
 * // [{ flag: 'GREEN', range: '≥ 0.0个百分点' }, { flag: 'YELLOW', range: '−10.0 至 0.0个百分点' },
 * //  { flag: 'RED', range: '< −10.0个百分点' }]
 */
export function thresholdKeys(
  thresholds: readonly { flag: string; minPointsAhead?: number | null }[],
  locale: Locale,
): ThresholdKey[] {
  const sorted = [...thresholds].sort(
    (a, b) => (b.minPointsAhead ?? Number.NEGATIVE_INFINITY) - (a.minPointsAhead ?? Number.NEGATIVE_INFINITY),
  );
  const unit = locale === 'en' ? ' pts' : '个百分点';
  const signed = (v: number) =>
    `${v < 0 ? '−' : v === 0 ? '' : locale === 'en' ? '+' : '＋'}${Math.abs(v).toFixed(1)}`;
  return sorted.map((t, i) => {
    const above = sorted[i - 1]?.minPointsAhead;
    const min = t.minPointsAhead;
    if (min === null || min === undefined) {
      const below = above ?? 0;
      return { flag: t.flag, range: `< ${signed(below)}${unit}` };
    }
    if (above === null || above === undefined) return { flag: t.flag, range: `≥ ${signed(min)}${unit}` };
    const to = locale === 'en' ? ' to ' : ' 至 ';
    return { flag: t.flag, range: `${signed(min)}${to}${signed(above)}${unit}` };
  });
}
