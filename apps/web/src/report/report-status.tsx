'use client';

import { useLocale } from '../i18n/locale-context';
import type { Report } from './report-sheet';

interface ReportStatusLineProps {
  report: Report | null;
  /** The month's deadline when no report exists yet (the board knows it). */
  deadline?: string | null;
  /** Nothing sent and the deadline passed: the board counts the month missing, and late. */
  missing?: boolean;
  demo: boolean;
}

/**
 * Where the report stands: 草稿 / 已报送 / 已退回 with the reason / 已采纳, its deadline and whether it
 * is late, and a demo account's mark.
 *
 * @example <ReportStatusLine report={report} deadline="2014-10-05" demo />
 */
export function ReportStatusLine({ report, deadline, missing = false, demo }: ReportStatusLineProps) {
  const { t, label, fmt } = useLocale();
  const due = report?.deadline ?? deadline ?? null;
  return (
    <div
      className="report-status"
      data-status={report?.status ?? 'NONE'}
      data-late={report?.late ? 'true' : 'false'}
    >
      <p>
        <strong className={`report-state report-state-${(report?.status ?? 'none').toLowerCase()}`}>
          {report
            ? label('ReportStatus', report.status)
            : missing
              ? label('ReportingState', 'MISSING')
              : t('report.notStarted')}
        </strong>
        {due ? <span>{t('report.deadline', { date: fmt.date(due) })}</span> : null}
        {report?.late || (!report && missing) ? (
          <span className="report-late">{t('report.late')}</span>
        ) : null}
      </p>
      {report?.status === 'RETURNED' && report.returnReason ? (
        <p className="report-returned" data-return-reason>
          {t('report.returnedBecause', { reason: report.returnReason })}
        </p>
      ) : null}
      {report?.status === 'SUBMITTED' ? <p>{t('report.submittedNote')}</p> : null}
      {report?.status === 'ACCEPTED' ? <p>{t('report.acceptedNote')}</p> : null}
      {demo ? <p className="report-demo">{t('report.demoNote')}</p> : null}
    </div>
  );
}
