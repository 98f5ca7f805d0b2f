'use client';

import { useCallback } from 'react';
import { ReviewBoardDocument } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { localName } from '../map/detail-panel';
import { useLoaded } from '../map/use-loaded';
import { reportHref } from './report-href';

/**
 * The planners' list for a month: each zone's reporting state (on time, late, missing, returned …),
 * its deadline, and a link to open the report to accept or return it.
 *
 * @example <ReviewBoard month="2014-09" />
 */
export function ReviewBoard({ month }: { month: string }) {
  const { t, label, locale, fmt } = useLocale();
  const loaded = useLoaded(useCallback(() => request(ReviewBoardDocument, { month }), [month]));
  if (loaded.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{t('report.loadFailed')}</p>;
  const rows = loaded.data.reportingBoard;
  const waiting = rows.filter((r) => r.report?.status === 'SUBMITTED').length;
  return (
    <section className="report-board" aria-labelledby="review-board">
      <h2 id="review-board">{t('review.board')}</h2>
      {waiting === 0 ? <p>{t('review.noneSubmitted')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report.zone')}</th>
            <th scope="col">{t('report.status')}</th>
            <th scope="col">{t('report.deadlineHeading')}</th>
            <th scope="col">
              <span className="report-visually-hidden">{t('review.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.zone.code} data-zone={row.zone.code} data-state={row.state}>
              <th scope="row">{localName(locale, row.zone)}</th>
              <td>
                {label('ReportingState', row.state)}
                {row.report?.late && row.state !== 'LATE' ? (
                  <span className="report-late">{t('report.late')}</span>
                ) : null}
              </td>
              <td>{fmt.date(row.deadline)}</td>
              <td>
                {row.report ? (
                  <a href={reportHref(month, row.zone.code, locale)}>
                    {t('review.open')}
                    <span className="report-visually-hidden"> {localName(locale, row.zone)}</span>
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
