'use client';

import { useCallback } from 'react';
import { loginHref } from '../auth/safe-next';
import { ReportStartDocument, type ReportStartQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import type { Locale } from '../i18n/locale';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { localName } from '../map/detail-panel';
import { useLoaded } from '../map/use-loaded';
import { reportHref } from './report-href';
import { ReviewBoard } from './review-board';
import { ZoneReport } from './zone-report';

interface ReportScreenProps {
  /** `YYYY-MM`. */
  month: string;
  /** A month the link named that is no month: said, over the default month. */
  badMonth: string | null;
  /** `?zone=`: a planner's report to open, or (refused by the API) another zone's for a reporter. */
  zone: string | null;
  locale: Locale;
}

type Me = NonNullable<ReportStartQuery['me']>;

/**
 * `/report`: a zone reporter fills in its zone's month; a planner (or admin) sees the month's
 * reports and opens one to accept or return it; anyone else is told what the page is for.
 *
 * @example <ReportScreen month="2014-09" badMonth={null} zone={null} locale="zh" />
 */
export function ReportScreen(props: ReportScreenProps) {
  return (
    <LocaleProvider locale={props.locale}>
      <ReportPage {...props} />
    </LocaleProvider>
  );
}

function ReportPage({ month, badMonth, zone }: ReportScreenProps) {
  const { t, locale } = useLocale();
  const loaded = useLoaded(useCallback(() => request(ReportStartDocument), []));
  const me = loaded.state === 'ready' ? loaded.data.me : null;
  return (
    <main className="report-page" lang={locale === 'en' ? 'en-GB' : 'zh-CN'} data-state={loaded.state}>
      <header className="report-header">
        <h1>{t('report.heading')}</h1>
        <MonthPicker
          month={month}
          zone={zone}
          zones={loaded.state === 'ready' ? loaded.data.zones : []}
          me={me}
        />
        <nav>
          <a href={locale === 'en' ? '/?lang=en' : '/'}>{t('login.backToMap')}</a>
          <a
            href={reportHref(month, zone, locale === 'en' ? 'zh' : 'en')}
            lang={locale === 'en' ? 'zh-CN' : 'en'}
          >
            {locale === 'en' ? '中文' : 'English'}
          </a>
        </nav>
      </header>
      {badMonth ? (
        <p role="alert" className="report-refusal">
          {t('report.badMonth', { month: badMonth })}
        </p>
      ) : null}
      {loaded.state === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.state === 'failed' ? <p role="alert">{t('report.loadFailed')}</p> : null}
      {loaded.state === 'ready' ? <ReportFor me={me} month={month} zone={zone} /> : null}
    </main>
  );
}

function ReportFor({ me, month, zone }: { me: Me | null; month: string; zone: string | null }) {
  const { t, locale } = useLocale();
  if (!me)
    return (
      <p className="report-refusal" data-refused="anonymous">
        <a href={loginHref(reportHref(month, zone, locale), locale)}>{t('report.signInFirst')}</a>
      </p>
    );
  if (me.role === 'ZONE_REPORTER' && me.zone) {
    const own = zone === null || zone === me.zone.code;
    return (
      <ZoneReport code={zone ?? me.zone.code} month={month} mode={own ? 'fill' : 'other'} demo={me.demo} />
    );
  }
  if (me.role === 'PLANNER' || me.role === 'ADMIN')
    return zone ? (
      <ZoneReport code={zone} month={month} mode="review" demo={me.demo} />
    ) : (
      <ReviewBoard month={month} />
    );
  return (
    <p className="report-refusal" data-refused="role">
      {t('report.notReporter')}
    </p>
  );
}

interface MonthPickerProps {
  month: string;
  zone: string | null;
  zones: ReportStartQuery['zones'];
  me: Me | null;
}

/** Another month (and, for planners, a zone): a plain GET form, so the address says what is shown. */
function MonthPicker({ month, zone, zones, me }: MonthPickerProps) {
  const { t, locale } = useLocale();
  const choosesZone = me?.role === 'PLANNER' || me?.role === 'ADMIN';
  return (
    <form className="report-picker" method="get" action="/report">
      <label htmlFor="report-month">{t('report.month')}</label>
      <input id="report-month" name="month" type="month" defaultValue={month} />
      {choosesZone ? (
        <>
          <label htmlFor="report-zone">{t('report.zone')}</label>
          <select id="report-zone" name="zone" defaultValue={zone ?? ''}>
            <option value="">{t('review.board')}</option>
            {zones.map((z) => (
              <option key={z.code} value={z.code}>
                {localName(locale, z)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <button type="submit">{t('report.open')}</button>
    </form>
  );
}
