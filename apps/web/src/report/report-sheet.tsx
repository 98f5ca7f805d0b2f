'use client';

import { type Ref, useEffect, useMemo, useRef, useState } from 'react';
import {
  type MonthlyReportFieldsFragment,
  type ReportingState,
  SaveMonthlyReportDocument,
  SubmitMonthlyReportDocument,
} from '../graphql/generated/graphql';
import { GraphqlRequestError, request } from '../graphql/request';
import { type LocaleTools, useLocale } from '../i18n/locale-context';
import { fieldId, problemsByField, type ShownProblem, shownApiProblems, shownFormProblems } from './problems';
import { NodeRows, ProjectRows } from './project-rows';
import { apiProblems, inLocale, placeProblems } from './refusals';
import {
  draftOf,
  type FormProblem,
  filledRows,
  inputOf,
  type ReportDraft,
  type ZoneProject,
  type ZoneWorks,
} from './report-draft';
import { ProblemsContext } from './report-field';
import { ReportStatusLine } from './report-status';
import { WorksRows, ZoneFigureFields } from './works-rows';

export type Report = MonthlyReportFieldsFragment;

/** What the zone has to report on: its projects (with what was accepted before) and its works. */
export interface ZoneFacts {
  readonly zoneCode: string;
  readonly zoneName: string;
  /** The month's deadline, from the reporting board: shown before the report exists. */
  readonly deadline: string | null;
  /** The board's word for the zone's month (`MISSING` once the deadline has passed with nothing sent). */
  readonly boardState: ReportingState | null;
  readonly projects: readonly ZoneProject[];
  readonly works: readonly ZoneWorks[];
  readonly acceptedBeforeWan: ReadonlyMap<string, number>;
}

interface ReportSheetProps {
  facts: ZoneFacts;
  month: string;
  report: Report | null;
  /** A reporter fills in a draft or a returned report; a planner only reads it. */
  editable: boolean;
  /** A demo account's figures are demo figures: said above the form. */
  demo: boolean;
  /** Told of each new state of the report (saved, submitted), for the planner's view to follow. */
  onReport?(report: Report): void;
}

const CHANGEABLE = new Set(['DRAFT', 'RETURNED']);

/**
 * A zone's monthly report as a form: the zone's figures, a block per project, the nodes reached and
 * the works. A reporter saves it as a draft and submits it; every refusal of the API is shown next
 * to the row and field it names, and listed at the top, where focus goes.
 *
 * @example <ReportSheet facts={facts} month="2014-09" report={null} editable demo={false} />
 */
export function ReportSheet({ facts, month, report: initial, editable, demo, onReport }: ReportSheetProps) {
  const tools = useLocale();
  const { t } = tools;
  const [report, setReport] = useState<Report | null>(initial);
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(initial, facts.projects, facts.works));
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusSummary, setFocusSummary] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusSummary > 0) summary.current?.focus();
  }, [focusSummary]);

  const open = editable && (report === null || CHANGEABLE.has(report.status));
  const byField = useMemo(() => problemsByField(problems), [problems]);
  // Read-only (submitted, accepted, or a planner's view): what was reported, not every empty row.
  const shown = useMemo(() => (open ? draft : filledRows(draft)), [open, draft]);
  const refusedFields = useMemo(() => new Set(byField.keys()), [byField]);

  const refuse = (shown: ShownProblem[], message: string | null) => {
    setProblems(shown);
    setNotice(message ? { text: message, refused: true } : null);
    setFocusSummary((n) => n + 1);
  };

  async function save(): Promise<Report | null> {
    const { input, problems: local } = inputOf(draft, facts.zoneCode, month, report?.version ?? null);
    if (local.length > 0) {
      refuse(
        shownFormProblems(local, (p) => formProblemText(p, draft, tools)),
        null,
      );
      return null;
    }
    try {
      const { saveMonthlyReport } = await request(SaveMonthlyReportDocument, { input });
      setReport(saveMonthlyReport);
      onReport?.(saveMonthlyReport);
      return saveMonthlyReport;
    } catch (e) {
      refuseFromApi(e, input.works);
      return null;
    }
  }

  function refuseFromApi(e: unknown, sentWorks: readonly { kind: string; entityId: string }[]) {
    const error = e instanceof GraphqlRequestError ? e.errors[0] : undefined;
    const listed = apiProblems(error?.extensions);
    if (listed.length > 0) {
      refuse(shownApiProblems(placeProblems(listed, draft, { works: sentWorks }), tools.locale), null);
      return;
    }
    const message = error ? inLocale(error.message, tools.locale) : String(e);
    refuse([], t('report.refused', { message }));
  }

  async function act(kind: 'save' | 'submit') {
    setBusy(true);
    setNotice(null);
    const saved = await save();
    if (saved && kind === 'save') {
      setProblems([]);
      setNotice({ text: t('report.saved', { version: saved.version }), refused: false });
    }
    if (saved && kind === 'submit') {
      try {
        const { submitMonthlyReport } = await request(SubmitMonthlyReportDocument, {
          id: saved.id,
          version: saved.version,
        });
        setReport(submitMonthlyReport);
        onReport?.(submitMonthlyReport);
        setProblems([]);
        setNotice({ text: t('report.submittedNow'), refused: false });
      } catch (e) {
        const { input } = inputOf(draft, facts.zoneCode, month, saved.version);
        refuseFromApi(e, input.works);
      }
    }
    setBusy(false);
  }

  return (
    <form
      className="report-sheet"
      data-report-status={report?.status ?? 'NONE'}
      data-report-version={report?.version ?? 0}
      onSubmit={(e) => {
        e.preventDefault();
        void act('submit');
      }}
      noValidate
    >
      <ReportStatusLine
        report={report}
        deadline={facts.deadline}
        missing={facts.boardState === 'MISSING'}
        demo={demo || report?.demo === true}
      />
      <ProblemSummary ref={summary} problems={problems} notice={notice} />
      <ProblemsContext value={byField}>
        <fieldset className="report-body" disabled={!open || busy}>
          <legend className="report-visually-hidden">{facts.zoneName}</legend>
          <ZoneFigureFields draft={shown} update={setDraft} />
          <ProjectRows
            draft={shown}
            acceptedBeforeWan={facts.acceptedBeforeWan}
            refusedFields={refusedFields}
            update={setDraft}
          />
          <NodeRows draft={shown} update={setDraft} adding={open} />
          <WorksRows draft={shown} update={setDraft} />
        </fieldset>
      </ProblemsContext>
      {open ? (
        <div className="report-actions">
          <button type="button" className="report-secondary" disabled={busy} onClick={() => void act('save')}>
            {busy ? t('report.saving') : t('report.save')}
          </button>
          <button type="submit" disabled={busy} data-action="submit">
            {t('report.submit')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/** What the last save or submit said, other than problems: saved, submitted, or refused outright. */
interface Notice {
  readonly text: string;
  readonly refused: boolean;
}

interface ProblemSummaryProps {
  ref: Ref<HTMLDivElement>;
  problems: readonly ShownProblem[];
  notice: Notice | null;
}

/** At the top of the form: what the last save or submit said, each problem a link to its field. */
function ProblemSummary({ ref, problems, notice }: ProblemSummaryProps) {
  const { t } = useLocale();
  const hasProblems = problems.length > 0;
  const alarming = hasProblems || notice?.refused === true;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={alarming ? 'report-summary report-summary-problems' : 'report-summary'}
      role={alarming ? 'alert' : 'status'}
      data-problems={problems.length}
    >
      {notice ? <p>{notice.text}</p> : null}
      {hasProblems ? (
        <>
          <p>{t('report.problems', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.row ? <a href={`#${fieldId(p.row, p.field)}`}>{p.text}</a> : p.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The form's own problem in words: which row, which field, what is wrong. */
function formProblemText(p: FormProblem, draft: ReportDraft, { t }: LocaleTools): string {
  const row = rowName(p, draft, t('report.zoneRow'), t('report.node'));
  const what = p.kind === 'notANumber' ? t('report.notANumber') : t('login.required');
  return t('common.field', { label: `${row} · ${fieldLabel(p.field, t)}`, value: what });
}

function rowName(p: FormProblem, draft: ReportDraft, zoneRow: string, nodeWord: string): string {
  if (p.row === 'zone') return zoneRow;
  if (p.row.startsWith('project:'))
    return draft.projects.find((r) => `project:${r.projectId}` === p.row)?.name ?? p.row;
  if (p.row.startsWith('node:')) return nodeWord;
  return draft.works.find((w) => `works:${w.kind}:${w.entityId}` === p.row)?.name ?? p.row;
}

const FIELD_LABEL = {
  investmentWan: 'report.investmentWan',
  fixedAssetInvestmentWan: 'report.fixedAssetInvestmentWan',
  mainBusinessRevenueWan: 'report.mainBusinessRevenueWan',
  progressPercent: 'report.progressPercent',
  unitsStarted: 'report.unitsStarted',
  unitsCompleted: 'report.unitsCompleted',
  householdsMoved: 'report.householdsMoved',
  node: 'report.node',
  actualOn: 'report.nodeDate',
} as const;

function fieldLabel(field: string, t: LocaleTools['t']): string {
  const key = FIELD_LABEL[field as keyof typeof FIELD_LABEL];
  return key ? t(key) : field;
}
