import type { MeetingScreenQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { aheadBehind, formatWan } from './ahead-behind';
import { type InvestmentBar, investmentBars, monthInvestment } from './investment-bars';

type Data = MeetingScreenQuery;

/** The flag's mark, so ahead and behind read in a black-and-white print and without colour vision. */
const FLAG_MARK: Record<string, string> = { GREEN: '▲', YELLOW: '◆', RED: '▼' };

function Row({ bar, name, current }: { bar: InvestmentBar; name: string; current: boolean }) {
  const { t, fmt, locale } = useLocale();
  return (
    <li
      data-zone={bar.zoneCode}
      data-flag={bar.flag ?? ''}
      data-points={bar.pointsAhead ?? ''}
      aria-current={current ? 'step' : undefined}
    >
      <span className="name">
        {name}
        {bar.demo ? (
          <span className="demo-mark" title={t('badge.demo')}>
            ＊<span className="sr-only">{t('badge.demo')}</span>
          </span>
        ) : null}
      </span>
      <span className="bars">
        <span className="track ytd" data-bar="year-to-date">
          <span
            className={`fill ${bar.flag?.toLowerCase() ?? 'none'}`}
            style={{ width: `${bar.widths.yearToDate}%` }}
          />
          <span className="tick" style={{ left: `${bar.widths.timeProgress}%` }} />
        </span>
        <span className="track month" data-bar="month">
          <span className="fill" style={{ width: `${bar.widths.month}%` }} />
        </span>
      </span>
      <span className="figures">
        <span className="ahead">
          <span aria-hidden="true">{bar.flag ? `${FLAG_MARK[bar.flag]} ` : ''}</span>
          {aheadBehind(bar.pointsAhead, locale)}
        </span>
        <span className="ytd">
          {t('meeting.yearToDate')} {formatWan(bar.yearToDateWan, locale)} ·{' '}
          {t('meeting.plan', { value: formatWan(bar.plannedWan, locale) })}
        </span>
        <span className="month">
          {t('meeting.thisMonth')}{' '}
          {bar.monthWan === null ? t('meeting.notAccepted') : formatWan(bar.monthWan, locale)} ·{' '}
          {t('meeting.timeProgress', { percent: fmt.percent(bar.timeProgressPercent) })}
        </span>
      </span>
    </li>
  );
}

/**
 * Investment completed this month and year to date per zone, against time progress: the year to
 * date as a share of the annual plan with a tick at time progress, the month's bar under it, and
 * the plan's figure and the points ahead or behind written beside.
 */
export function InvestmentPanel({ data, current }: { data: Data; current: string | null }) {
  const { t, label, locale } = useLocale();
  const months = new Map(data.reportingBoard.map((r) => [r.zone.code, monthInvestment(r.report)]));
  const bars = investmentBars(data.zoneTimeProgress, months);
  const byCode = new Map(data.zones.map((z) => [z.code, z]));
  const demo = data.zoneTimeProgress.some((z) => z.demo);
  const sources = [
    ...new Set(data.zoneTimeProgress.map((z) => z.source).filter((s) => s !== null && s !== undefined)),
  ];
  return (
    <section className="meeting-investment" aria-labelledby="meeting-investment-title">
      <h2 id="meeting-investment-title">
        {t('meeting.investment')}
        <span className="aside">
          {' '}
          · {t('meeting.timeTick')}
          {sources.length > 0
            ? ` · ${t('meeting.source', { source: sources.map((s) => label('SourceKind', s)).join(t('common.listSeparator')) })}`
            : ''}
        </span>
        {demo ? (
          <em className="demo-badge">
            <span aria-hidden="true">＊ </span>
            {t('badge.demo')}
          </em>
        ) : null}
      </h2>
      <ol>
        {bars.map((bar) => {
          const zone = byCode.get(bar.zoneCode);
          return (
            <Row
              key={bar.zoneCode}
              bar={bar}
              name={zone ? zoneShortName(zone, locale) : bar.zoneCode}
              current={current === bar.zoneCode}
            />
          );
        })}
      </ol>
    </section>
  );
}
