'use client';

import { useCallback, useState } from 'react';
import { ReportFormDocument, type ReportFormQuery } from '../graphql/generated/graphql';
import { GraphqlRequestError, request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { localName } from '../map/detail-panel';
import { useLoaded } from '../map/use-loaded';
import type { ZoneWorks } from './report-draft';
import { type Report, ReportSheet, type ZoneFacts } from './report-sheet';
import { ReportWorkbookControls, type WorkbookUpload } from './report-workbook-controls';
import { ReviewActions } from './review-actions';

/** Why a zone's report could not be shown: refused (another zone's), no such zone, or not loaded. */
class ReportUnavailable extends Error {
  constructor(readonly reason: 'forbidden' | 'failed') {
    super(reason);
  }
}

const YI_TO_WAN = 10_000;

interface Loaded {
  readonly facts: ZoneFacts;
  readonly report: Report | null;
  readonly zone: NonNullable<ReportFormQuery['zone']>;
}

/** The works of one zone, by the zone the plan assigns each to. */
function zoneWorks(data: ReportFormQuery, code: string): ZoneWorks[] {
  const mine = <T extends { zoneCode?: string | null }>(list: readonly T[]) =>
    list.filter((w) => w.zoneCode === code);
  return [
    ...mine(data.roadLinks).map((w) => ({ kind: 'ROAD_LINK' as const, entityId: w.id, name: w.name })),
    ...mine(data.gridProjects).map((w) => ({ kind: 'GRID_PROJECT' as const, entityId: w.id, name: w.name })),
    ...mine(data.facilities).map((w) => ({ kind: 'FACILITY' as const, entityId: w.id, name: w.name })),
    ...mine(data.relocationSites).map((w) => ({
      kind: 'RELOCATION_SITE' as const,
      entityId: w.id,
      name: w.villageName,
    })),
  ];
}

async function loadZoneReport(code: string, month: string, mode: ZoneReportMode): Promise<Loaded> {
  const data = await request(ReportFormDocument, { code, month }).catch((e: unknown) => {
    // The API refuses another zone's report to a zone reporter; nothing of it reaches the page.
    if (e instanceof GraphqlRequestError && e.errors.some((x) => x.extensions?.code === 'FORBIDDEN'))
      throw new ReportUnavailable('forbidden');
    throw new ReportUnavailable('failed');
  });
  if (!data.zone) throw new ReportUnavailable('failed');
  const report = data.monthlyReport ?? null;
  // Another zone's month: the API answers only with what anyone may read (an accepted report), and
  // a reporter is never offered a form for a zone not its own.
  if (mode === 'other' && report?.status !== 'ACCEPTED') throw new ReportUnavailable('forbidden');
  const thisMonth = new Map(report?.projects.map((l) => [l.project.id, l.investmentWan]));
  const accepted = report?.status === 'ACCEPTED';
  const board = data.reportingBoard.find((row) => row.zone.code === code);
  const facts: ZoneFacts = {
    zoneCode: data.zone.code,
    zoneName: data.zone.name,
    deadline: board?.deadline ?? null,
    boardState: board?.state ?? null,
    projects: data.zone.projects.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      totalWan: Math.round(p.investmentYi * YI_TO_WAN * 100) / 100,
    })),
    works: zoneWorks(data, code),
    // What counted before this month: all that is accepted, less this month's own once accepted.
    acceptedBeforeWan: new Map(
      data.zone.projects.map((p) => [p.id, p.completedWan - (accepted ? (thisMonth.get(p.id) ?? 0) : 0)]),
    ),
  };
  return { facts, report, zone: data.zone };
}

/**
 * `fill`: a zone reporter's own zone; `review`: a planner accepts or returns it; `other`: a zone
 * reporter asking for another zone's, shown only if accepted (anyone may read those).
 */
export type ZoneReportMode = 'fill' | 'review' | 'other';

interface ZoneReportProps {
  code: string;
  month: string;
  mode: ZoneReportMode;
  demo: boolean;
}

/**
 * One zone's report for a month: loaded with the zone's projects and works, then the form (to fill
 * in) or the report with the planner's accept and return.
 *
 * @example <ZoneReport code="taikang" month="2014-09" mode="fill" demo={false} />
 */
export function ZoneReport({ code, month, mode, demo }: ZoneReportProps) {
  // Bumped after an Excel upload saved the draft: the report is loaded afresh, with the saved lines,
  // while the upload's outcome stays on screen.
  const [round, setRound] = useState(0);
  const [upload, setUpload] = useState<WorkbookUpload | null>(null);
  const uploaded = (outcome: WorkbookUpload) => {
    setUpload(outcome);
    if (outcome.kind === 'saved') setRound((n) => n + 1);
  };
  return (
    <LoadedZoneReport
      key={round}
      code={code}
      month={month}
      mode={mode}
      demo={demo}
      upload={upload}
      onUpload={uploaded}
    />
  );
}

interface LoadedZoneReportProps extends ZoneReportProps {
  upload: WorkbookUpload | null;
  onUpload(outcome: WorkbookUpload): void;
}

function LoadedZoneReport({ code, month, mode, demo, upload, onUpload }: LoadedZoneReportProps) {
  const { t, locale, fmt } = useLocale();
  const [failure, setFailure] = useState<'forbidden' | 'failed' | null>(null);
  const load = useCallback(
    () =>
      loadZoneReport(code, month, mode).catch((e: unknown) => {
        setFailure(e instanceof ReportUnavailable ? e.reason : 'failed');
        throw e;
      }),
    [code, month, mode],
  );
  const loaded = useLoaded(load);
  const [reviewed, setReviewed] = useState<Report | null>(null);
  if (loaded.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (loaded.state === 'failed')
    return (
      <p role="alert" className="report-refusal" data-refused={failure ?? 'failed'}>
        {failure === 'forbidden' ? t('report.forbidden') : t('report.loadFailed')}
      </p>
    );
  const { facts, report, zone } = loaded.data;
  const shown = reviewed ?? report;
  return (
    <section className="report-zone" data-zone={code} data-month={month}>
      <h2 className="report-zone-title">
        {t('report.title', {
          zone: localName(locale, zone),
          month: fmt.quarter(`${month.slice(0, 4)}M${month.slice(5, 7)}`),
        })}
      </h2>
      {/* The verdict first: the report below can be long, and it is read, not scrolled past. */}
      {mode === 'review' && shown ? <ReviewActions report={shown} onReviewed={setReviewed} /> : null}
      {mode === 'fill' && (shown === null || shown.status === 'DRAFT' || shown.status === 'RETURNED') ? (
        <ReportWorkbookControls zone={code} month={month} outcome={upload} onOutcome={onUpload} />
      ) : null}
      <ReportSheet
        key={`${code}:${month}:${shown?.version ?? 0}:${mode}`}
        facts={facts}
        month={month}
        report={shown}
        editable={mode === 'fill'}
        demo={demo}
      />
    </section>
  );
}
