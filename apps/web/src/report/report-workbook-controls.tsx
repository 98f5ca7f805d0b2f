'use client';

import { type ChangeEvent, useId, useState } from 'react';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale-context';
import { inLocale } from './refusals';

/** One refusal of an upload, as the API lists it: the sheet and row as Excel shows them, and the field. */
export interface WorkbookRefusal {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly field: string | null;
  readonly message: string;
}

/** What the last upload came to: saved into the draft, or refused with every reason. */
export type WorkbookUpload =
  | { readonly kind: 'saved'; readonly lines: number; readonly warnings: readonly string[] }
  | { readonly kind: 'refused'; readonly errors: readonly WorkbookRefusal[] };

const WORDS = {
  zh: {
    download: '下载Excel模板',
    upload: '上传已填模板',
    uploading: '正在上传…',
    hint: '离线填写后上传,保存为本月草稿,检查与本表单相同。',
    saved: (lines: number) => `已从 Excel 保存草稿(${lines} 行),表单已重新载入。`,
    refused: (count: number) => `上传的模板有 ${count} 处问题,未保存:`,
  },
  en: {
    download: 'Download Excel template',
    upload: 'Upload filled template',
    uploading: 'Uploading…',
    hint: 'Fill it in offline and upload it: it is saved as this month’s draft, with the same checks as this form.',
    saved: (lines: number) => `Draft saved from Excel (${lines} lines); the form has been reloaded.`,
    refused: (count: number) =>
      `The uploaded template has ${count} problem${count === 1 ? '' : 's'}; nothing was saved:`,
  },
} as const satisfies Record<Locale, unknown>;

/** Where the template of a zone's month is, on this site (passed on to the API with the cookie). */
export const workbookHref = (zone: string, month: string) =>
  `/report-workbook/${encodeURIComponent(zone)}/${encodeURIComponent(month)}.xlsx`;

function refusalsOf(body: unknown): WorkbookRefusal[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { message: string } => typeof e?.message === 'string')
    .map((e) => {
      const r = e as Partial<WorkbookRefusal>;
      return {
        sheet: typeof r.sheet === 'string' ? r.sheet : null,
        row: typeof r.row === 'number' ? r.row : null,
        field: typeof r.field === 'string' ? r.field : null,
        message: e.message,
      };
    });
}

/**
 * Sends a filled template to this month's draft. A 200 is saved; anything else is refused with the
 * API's reasons (by sheet, row and field when it lists them, else its one message).
 */
export async function uploadWorkbook(zone: string, month: string, file: Blob): Promise<WorkbookUpload> {
  const response = await fetch(workbookHref(zone, month), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: file,
  }).catch(() => null);
  const body: unknown = await response?.json().catch(() => null);
  if (response?.ok) {
    const saved = body as { lines?: number; warnings?: string[] };
    return { kind: 'saved', lines: saved.lines ?? 0, warnings: saved.warnings ?? [] };
  }
  const errors = refusalsOf(body);
  if (errors.length > 0) return { kind: 'refused', errors };
  return {
    kind: 'refused',
    errors: [
      {
        sheet: null,
        row: null,
        field: null,
        message: '暂时无法连接数据服务 / The data service cannot be reached',
      },
    ],
  };
}

interface ReportWorkbookControlsProps {
  zone: string;
  month: string;
  /** The last upload's outcome, kept by the parent so it outlives the form's reload. */
  outcome: WorkbookUpload | null;
  onOutcome(outcome: WorkbookUpload): void;
}

/**
 * 下载Excel模板 / 上传已填模板: the zone's month as an Excel template (pre-filled with its projects,
 * nodes and the draft), and the filled file sent back into the draft; after an upload, what was
 * saved or every refusal by sheet, row and field.
 *
 * @example <ReportWorkbookControls zone="shenqiu" month="2014-09" outcome={null} onOutcome={reload} />
 */
export function ReportWorkbookControls({ zone, month, outcome, onOutcome }: ReportWorkbookControlsProps) {
  const { locale } = useLocale();
  const words = WORDS[locale];
  const inputId = useId();
  const [busy, setBusy] = useState(false);

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    const result = await uploadWorkbook(zone, month, file);
    setBusy(false);
    onOutcome(result);
  }

  return (
    <div className="report-workbook" data-upload={outcome?.kind ?? 'none'}>
      <div className="report-workbook-actions">
        <a className="report-workbook-download" href={workbookHref(zone, month)} download>
          {words.download}
        </a>
        <label htmlFor={inputId} className="report-workbook-upload" aria-disabled={busy}>
          {busy ? words.uploading : words.upload}
        </label>
        <input
          id={inputId}
          className="report-visually-hidden"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(e) => void chosen(e)}
        />
      </div>
      <p className="report-workbook-hint">{words.hint}</p>
      {outcome ? <UploadOutcome outcome={outcome} locale={locale} /> : null}
    </div>
  );
}

function UploadOutcome({ outcome, locale }: { outcome: WorkbookUpload; locale: Locale }) {
  const words = WORDS[locale];
  if (outcome.kind === 'saved')
    return (
      <div className="report-summary" role="status">
        <p>{words.saved(outcome.lines)}</p>
        {outcome.warnings.length > 0 ? (
          <ul>
            {outcome.warnings.map((w, i) => (
              <li key={i}>{inLocale(w, locale)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  return (
    <div
      className="report-summary report-summary-problems"
      role="alert"
      data-problems={outcome.errors.length}
    >
      <p>{words.refused(outcome.errors.length)}</p>
      <ul>
        {outcome.errors.map((e, i) => (
          <li key={i} data-sheet={e.sheet ?? ''} data-row={e.row ?? ''} data-field={e.field ?? ''}>
            {/* The API's message names the sheet, the row and the field already, in both languages. */}
            {inLocale(e.message, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}
