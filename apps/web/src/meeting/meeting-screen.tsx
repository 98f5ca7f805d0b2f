'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../i18n/locale';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { exportScreenPng } from '../inspection/export-png';
import { LinkNotice, UnreachableNotice } from '../inspection/link-notice';
import { isControl, step, tourKey } from '../inspection/tour';
import { thresholdKeys } from '../map/zone-colouring';
import { investmentBars, monthInvestment } from './investment-bars';
import { InvestmentPanel } from './investment-panel';
import { MEETING_MONTHS, type MeetingMonth, parseMeetingMonth } from './meeting-month';
import { RedListPanel } from './red-list-panel';
import { ReportingBoardPanel } from './reporting-board-panel';
import { useMeetingData } from './use-meeting-data';

interface ScreenOptions {
  /** The month the link asked for, `YYYY-MM`: a month that is none of the plan's year is said. */
  month: string;
  /** Seconds between refreshes of the figures (`?refresh=30`). */
  refresh: number;
}

const FLAG_MARK: Record<string, string> = { GREEN: '▲', YELLOW: '◆', RED: '▼' };

function Thresholds({ thresholds }: { thresholds: { flag: string; minPointsAhead?: number | null }[] }) {
  const { t, label, locale } = useLocale();
  return (
    <section className="meeting-thresholds" aria-labelledby="meeting-thresholds-title">
      <h2 id="meeting-thresholds-title">{t('meeting.thresholds')}</h2>
      <ul>
        {thresholdKeys(thresholds, locale).map((k) => (
          <li key={k.flag} data-flag={k.flag}>
            <span className={`swatch ${k.flag.toLowerCase()}`} aria-hidden="true">
              {FLAG_MARK[k.flag]}
            </span>
            {label('TimeProgressFlag', k.flag as 'GREEN')} {k.range}
          </li>
        ))}
      </ul>
    </section>
  );
}

function MonthNav({ month }: { month: MeetingMonth }) {
  const { fmt, locale } = useLocale();
  const lang = locale === 'en' ? '&lang=en' : '';
  const index = MEETING_MONTHS.indexOf(month.month);
  const near = [MEETING_MONTHS[index - 1], MEETING_MONTHS[index + 1]];
  return (
    <>
      {near.map((m, i) =>
        m ? (
          <a key={m} href={`/meeting?month=${m}${lang}`} data-month={m}>
            {i === 0 ? `‹ ${fmt.quarter(m)}` : `${fmt.quarter(m)} ›`}
          </a>
        ) : null,
      )}
    </>
  );
}

function Screen({ month: asked, refresh }: ScreenOptions) {
  const { t, fmt, locale } = useLocale();
  const month = parseMeetingMonth(asked);
  const { data, unreachable, fetchedAt } = useMeetingData(month, refresh);
  const [position, setPosition] = useState(0);
  const screen = useRef<HTMLElement>(null);
  const lang = locale === 'en' ? '&lang=en' : '';

  // The tour visits the zones in the bars' order: furthest ahead first, the laggards last.
  const order = useMemo(() => {
    if (!data) return [];
    const months = new Map(data.reportingBoard.map((r) => [r.zone.code, monthInvestment(r.report)]));
    return investmentBars(data.zoneTimeProgress, months).map((b) => b.zoneCode);
  }, [data]);
  const stops = order.length;

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

  const current = position > 0 ? (order[position - 1] ?? null) : null;
  const title = t('meeting.title', { month: month ? fmt.quarter(month.month) : asked });
  return (
    <main
      ref={screen}
      className="meeting"
      data-month={month?.month ?? ''}
      data-position={position}
      data-state={
        !month ? 'bad-month' : unreachable ? (data ? 'stale' : 'error') : data ? 'ready' : 'loading'
      }
    >
      <header>
        <h1>{title}</h1>
        <nav>
          {month ? <MonthNav month={month} /> : null}
          <button
            type="button"
            data-export="png"
            onClick={() =>
              screen.current && exportScreenPng(screen.current, `例会-${month?.month ?? ''}-${position}.png`)
            }
          >
            {t('inspection.exportPng')}
          </button>
          <button type="button" data-export="print" onClick={() => window.print()}>
            {t('meeting.print')}
          </button>
        </nav>
        <output className="position" data-tour-position={position}>
          {position === 0 ? t('meeting.overview') : t('meeting.position', { at: position, of: stops })}
        </output>
      </header>
      {!month ? (
        <LinkNotice
          message={t('meeting.badMonth', { month: asked })}
          choices={MEETING_MONTHS.map((m) => ({ href: `/meeting?month=${m}${lang}`, label: fmt.quarter(m) }))}
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
      {data ? (
        <>
          <div className="meeting-left">
            <ReportingBoardPanel rows={data.reportingBoard} zones={data.zones} current={current} />
            <Thresholds thresholds={data.timeProgressThresholds} />
          </div>
          <InvestmentPanel data={data} current={current} />
          <RedListPanel data={data} current={current} />
        </>
      ) : null}
      <footer>{t('meeting.keys')}</footer>
    </main>
  );
}

/** The monthly meeting on the big screen, in Chinese unless `?lang=en` asks for English. */
export function MeetingScreen({
  month,
  refresh = 60,
  locale = 'zh',
}: Partial<ScreenOptions> & { locale?: Locale }) {
  return (
    <LocaleProvider locale={locale}>
      <Screen month={month ?? ''} refresh={refresh} />
    </LocaleProvider>
  );
}
