'use client';

import { useState } from 'react';
import { auditTime } from '../audit/audit-value';
import { AcceptMonthlyReportDocument, ReturnMonthlyReportDocument } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { inLocale } from './refusals';
import type { Report } from './report-sheet';

interface ReviewActionsProps {
  report: Report;
  onReviewed(report: Report): void;
}

/**
 * A planner's verdict on a submitted report: accept it (its figures start to count) or return it
 * with the reason the zone will read. Only a submitted report can be either.
 *
 * @example <ReviewActions report={report} onReviewed={setReport} />
 */
export function ReviewActions({ report, onReviewed }: ReviewActionsProps) {
  const { t, locale } = useLocale();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (report.status !== 'SUBMITTED') return null;

  async function run(action: () => Promise<Report>) {
    setBusy(true);
    setProblem(null);
    try {
      onReviewed(await action());
    } catch (e) {
      setProblem(
        t('review.failed', { message: inLocale(e instanceof Error ? e.message : String(e), locale) }),
      );
    }
    setBusy(false);
  }
  const accept = () =>
    run(
      async () =>
        (await request(AcceptMonthlyReportDocument, { id: report.id, version: report.version }))
          .acceptMonthlyReport,
    );
  const giveBack = () => {
    if (!reason.trim()) {
      setProblem(t('review.reasonRequired'));
      return;
    }
    return run(
      async () =>
        (
          await request(ReturnMonthlyReportDocument, {
            id: report.id,
            version: report.version,
            reason: reason.trim(),
          })
        ).returnMonthlyReport,
    );
  };

  return (
    <section className="report-review" aria-label={t('review.heading', { month: report.month })}>
      {report.submittedBy && report.submittedAt ? (
        <p>
          {t('review.submittedBy', { who: report.submittedBy, at: auditTime(report.submittedAt, locale) })}
        </p>
      ) : null}
      <div className="report-actions">
        <button type="button" disabled={busy} onClick={() => void accept()} data-action="accept">
          {t('review.accept')}
        </button>
      </div>
      <div className="report-field report-field-wide">
        <label htmlFor="review-reason">{t('review.reason')}</label>
        <textarea id="review-reason" value={reason} rows={3} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="report-actions">
        <button
          type="button"
          className="report-secondary"
          disabled={busy}
          onClick={() => void giveBack()}
          data-action="return"
        >
          {t('review.return')}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="report-summary report-summary-problems">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
