'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../i18n/locale';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { exportScreenPng } from './export-png';
import { InspectionMap, type MapFocus } from './inspection-map';
import { LinkNotice, UnreachableNotice } from './link-notice';
import { INSPECTION_PERIODS } from './periods';
import { ProgressBoard } from './progress-board';
import { RankingBoard } from './ranking-board';
import { RankingStatus } from './ranking-status';
import { Scorecard } from './scorecard';
import { isControl, step, tourKey } from './tour';
import { useScreenData } from './use-screen-data';

const AUTO_STEP_S = 12;
// The ranking board covers the left of the screen; the map centres zones in what is left.
const MAP_PADDING = { left: 700, right: 900, top: 120, bottom: 80 };

/** The API writes its rules once in both languages, "中文 / English": the part for this screen. */
function inLocale(text: string, locale: Locale): string {
  const [zh, en] = text.split(' / ');
  return (locale === 'en' ? en : zh) ?? text;
}

interface ScreenOptions {
  period: string;
  /** Start touring on the timer at once, e.g. a screen left running in the hall (`?auto=1`). */
  autoStart: boolean;
  /** Seconds at each stop on the timer (`?every=8`). */
  every: number;
  /** Seconds between refreshes of the figures (`?refresh=30`). */
  refresh: number;
  /** A period the link asked for that is no round: said, with the rounds there are. */
  unknownPeriod?: string | null;
}

function Screen({ period, autoStart, every, refresh, unknownPeriod }: ScreenOptions) {
  const { t, fmt, label, locale } = useLocale();
  const { data, unreachable, fetchedAt } = useScreenData(period, refresh);
  const [position, setPosition] = useState(0);
  const [auto, setAuto] = useState(autoStart);
  const screen = useRef<HTMLElement>(null);
  const lang = locale === 'en' ? '&lang=en' : '';

  // A new period starts the tour again.
  useEffect(() => setPosition(0), [period]);

  const ranked = useMemo(() => (data?.inspectionRanking?.zones ?? []).filter((z) => z.rank !== null), [data]);
  const stops = ranked.length;

  // A presenter's clicker sends PageDown/PageUp; a keyboard, the arrows, space and Esc.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = tourKey(e.key, isControl(e.target));
      if (!key) return;
      e.preventDefault();
      setPosition((p) => step(p, stops, key));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stops]);

  useEffect(() => {
    if (!auto) return;
    const timer = setInterval(() => setPosition((p) => step(p, stops, 'next')), every * 1000);
    return () => clearInterval(timer);
  }, [auto, stops, every]);

  const current = position > 0 ? ranked[position - 1] : undefined;
  const zones = data?.zones ?? [];
  const focus: MapFocus | null = useMemo(() => {
    const index = zones.findIndex((z) => z.code === current?.zoneCode);
    const seat = zones[index]?.seat;
    return index >= 0 && seat?.type === 'Point'
      ? { zoneCode: zones[index]?.code ?? '', center: seat.coordinates as [number, number] }
      : null;
  }, [zones, current]);

  const ranking = data?.inspectionRanking;
  const currentZone = zones.find((z) => z.code === current?.zoneCode);
  return (
    <main
      ref={screen}
      className="inspection"
      data-period={period}
      data-position={position}
      data-state={unreachable ? (data ? 'stale' : 'error') : data ? 'ready' : 'loading'}
    >
      <header>
        <h1>
          {t('inspection.title', {
            period: fmt.quarter(period),
            kind: ranking ? label('InspectionKind', ranking.kind as 'QUARTERLY') : '',
          })}
        </h1>
        <nav>
          {INSPECTION_PERIODS.map((p) => (
            <a
              key={p}
              href={`/inspection?period=${p}${lang}`}
              aria-current={p === period ? 'page' : undefined}
            >
              {fmt.quarter(p)}
            </a>
          ))}
          <button type="button" aria-pressed={auto} onClick={() => setAuto((a) => !a)}>
            {auto ? t('inspection.autoOn') : t('inspection.auto')}
          </button>
          <button
            type="button"
            data-export="png"
            onClick={() =>
              screen.current && exportScreenPng(screen.current, `观摩-${period}-${position}.png`)
            }
          >
            {t('inspection.exportPng')}
          </button>
          {current ? (
            <a
              data-export="brief"
              href={`/inspection/brief?period=${period}&zone=${current.zoneCode}`}
              target="_blank"
              rel="noreferrer"
            >
              {t('inspection.brief')}
            </a>
          ) : null}
        </nav>
        <output className="position" data-tour-position={position}>
          {position === 0 ? t('inspection.overview') : t('inspection.position', { at: position, of: stops })}
        </output>
      </header>
      {unknownPeriod ? (
        <LinkNotice
          message={t('inspection.badPeriod', { period: unknownPeriod })}
          choices={INSPECTION_PERIODS.map((p) => ({
            href: `/inspection?period=${p}${lang}`,
            label: fmt.quarter(p),
          }))}
        />
      ) : null}
      {unreachable ? (
        <UnreachableNotice>
          {data && fetchedAt
            ? t('inspection.stale', {
                time: fetchedAt.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'zh-CN'),
              })
            : t('inspection.unreachable')}
        </UnreachableNotice>
      ) : null}
      <InspectionMap focus={focus} padding={MAP_PADDING} />
      {ranking ? (
        <aside className="board">
          <RankingBoard ranking={ranking} zones={zones} current={current?.zoneCode ?? null} />
          <RankingStatus ranking={ranking} />
          <p className="rules">
            {inLocale(ranking.tieRule, locale)} {inLocale(ranking.missingDataRule, locale)}
          </p>
        </aside>
      ) : data ? (
        <p className="board">{t('inspection.noRanking')}</p>
      ) : null}
      {current && currentZone ? (
        <Scorecard
          key={current.zoneCode}
          row={current}
          name={zoneShortName(currentZone, locale)}
          period={period}
        />
      ) : data ? (
        <ProgressBoard period={period} targets={data.planTargets} clusters={data.clusters} />
      ) : null}
      <footer>{t('inspection.keys')}</footer>
    </main>
  );
}

/** The quarterly inspection on the big screen, in Chinese unless `?lang=en` asks for English. */
export function InspectionScreen({
  period,
  autoStart = false,
  every = AUTO_STEP_S,
  refresh = 60,
  locale = 'zh',
  unknownPeriod = null,
}: Partial<ScreenOptions> & { locale?: Locale }) {
  return (
    <LocaleProvider locale={locale}>
      <Screen
        period={period ?? '2014'}
        autoStart={autoStart}
        every={every}
        refresh={refresh}
        unknownPeriod={unknownPeriod}
      />
    </LocaleProvider>
  );
}
