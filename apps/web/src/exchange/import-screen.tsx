'use client';

import { type DragEvent, useEffect, useState } from 'react';
import { type Me, useMe } from '../auth/me-store';
import { loginHref } from '../auth/safe-next';
import type { Locale } from '../i18n/locale';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import {
  IMPORT_DATUMS,
  IMPORT_LAYERS,
  type ImportAnswer,
  type ImportDatum,
  type ImportLayer,
  sendImport,
} from './import-client';
import { ImportReportView } from './import-report';
import { importsData } from './import-roles';

/** Where this page is, in the reader's language: where signing in comes back to. */
const importPath = (locale: Locale) => (locale === 'en' ? '/import?lang=en' : '/import');

/**
 * `/import`: a planner (or admin, or a zone reporter for its zone's projects) drops a file, chooses
 * the layer and the datum (or lets the file say it), reads the dry run's report with the features
 * on a map, and commits it — all or nothing. A visitor is sent to sign in first.
 *
 * @example <ImportScreen locale="zh" />
 */
export function ImportScreen({ locale }: { locale: Locale }) {
  return (
    <LocaleProvider locale={locale}>
      <ImportPage />
    </LocaleProvider>
  );
}

function ImportPage() {
  const { t, locale } = useLocale();
  const who = useMe();
  const me = who.state === 'ready' ? who.me : null;
  const signIn = loginHref(importPath(locale), locale);
  // A visitor goes to the sign-in page, which brings them back here.
  useEffect(() => {
    if (who.state === 'ready' && !who.me) window.location.replace(signIn);
  }, [who, signIn]);
  return (
    <main className="import-page" lang={locale === 'en' ? 'en-GB' : 'zh-CN'} data-state={who.state}>
      <header className="import-header">
        <h1>{t('import.heading')}</h1>
        <nav>
          <a href={locale === 'en' ? '/?lang=en' : '/'}>{t('login.backToMap')}</a>
          <a href={importPath(locale === 'en' ? 'zh' : 'en')} lang={locale === 'en' ? 'zh-CN' : 'en'}>
            {locale === 'en' ? '中文' : 'English'}
          </a>
        </nav>
      </header>
      {who.state === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {who.state === 'ready' && !me ? (
        <p className="import-alert" data-refused="anonymous">
          <a href={signIn}>{t('import.signInFirst')}</a>
        </p>
      ) : null}
      {me && !importsData(me) ? (
        <p className="import-alert" data-refused="role">
          {t('import.notAllowed')}
        </p>
      ) : null}
      {me && importsData(me) ? <ImportWorkbench me={me} /> : null}
    </main>
  );
}

type Phase = 'idle' | 'checking' | 'checked' | 'committing' | 'committed';

/** The form, the dry run's report and the commit. A new file, layer or datum checks again. */
function ImportWorkbench({ me }: { me: Me }) {
  const { t, locale } = useLocale();
  // A zone reporter imports only its zone's projects.
  const layers = me.role === 'ZONE_REPORTER' ? (['projects'] as const) : IMPORT_LAYERS;
  const [layer, setLayer] = useState<ImportLayer>('projects');
  const [datum, setDatum] = useState<ImportDatum>('auto');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return;
    let live = true;
    setPhase('checking');
    setFailure(null);
    sendImport(layer, file, datum, true).then(
      (a) => {
        if (!live) return;
        setAnswer(a);
        setPhase('checked');
      },
      (error: Error) => {
        if (!live) return;
        setAnswer(null);
        setFailure(error.message);
        setPhase('idle');
      },
    );
    return () => {
      live = false;
    };
  }, [file, layer, datum]);

  const commit = async () => {
    if (!file) return;
    setPhase('committing');
    try {
      const a = await sendImport(layer, file, datum, false);
      setAnswer(a);
      setPhase(a.kind === 'report' && a.report.committed ? 'committed' : 'checked');
    } catch (error) {
      setFailure((error as Error).message);
      setPhase('checked');
    }
  };

  const report = answer?.kind === 'report' ? answer.report : null;
  const blocked = !report || report.errors.length > 0 || report.rows === 0 || phase !== 'checked';
  return (
    <div data-import-state={phase}>
      <p>{t('import.intro')}</p>
      <form className="import-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('import.layer')}
          <select value={layer} data-import-layer onChange={(e) => setLayer(e.target.value as ImportLayer)}>
            {layers.map((l) => (
              <option key={l} value={l}>
                {t(`import.layer.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import.datum')}
          <select value={datum} data-import-datum onChange={(e) => setDatum(e.target.value as ImportDatum)}>
            {IMPORT_DATUMS.map((d) => (
              <option key={d} value={d}>
                {t(`import.datum.${d}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <DropZone file={file} onFile={setFile} />
      {phase === 'checking' || phase === 'committing' ? (
        <p role="status">{phase === 'checking' ? t('import.checking') : t('import.committing')}</p>
      ) : null}
      {failure ? (
        <p role="alert" className="import-alert">
          {t('import.failed', { message: failure })}
        </p>
      ) : null}
      {answer?.kind === 'refused' ? (
        <p role="alert" className="import-alert" data-refusal={answer.code}>
          {t('import.refused', { message: answer.message })}
        </p>
      ) : null}
      {phase === 'committed' && report ? (
        <p role="status" className="import-done" data-committed>
          {t('import.committed', { created: report.created, updated: report.updated })}{' '}
          <a href={locale === 'en' ? '/?lang=en' : '/'}>{t('login.backToMap')}</a>
        </p>
      ) : null}
      {report && phase !== 'committed' ? (
        <p>
          <button
            type="button"
            className="primary"
            data-import-commit
            disabled={blocked}
            onClick={() => void commit()}
          >
            {t('import.commit')}
          </button>{' '}
          {report.errors.length > 0 ? <span>{t('import.commitBlocked')}</span> : null}
        </p>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </div>
  );
}

/**
 * Where a file is dropped, with the browser's own file button inside it for keyboards and tablets
 * (a drop is a mouse's gesture).
 */
function DropZone({ file, onFile }: { file: File | null; onFile: (file: File) => void }) {
  const { t } = useLocale();
  const [dragging, setDragging] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target for a mouse; the file input inside it serves keyboards
    <div
      className="import-drop"
      data-dragging={dragging}
      data-drop-zone
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <span>{t('import.drop')}</span>
      <label>
        {t('import.file')}{' '}
        <input
          type="file"
          data-import-file
          accept=".geojson,.json,.zip,.kml,.kmz,.csv,.xlsx"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) onFile(chosen);
          }}
        />
      </label>
      {file ? (
        <span data-chosen-file>
          {t('import.chosen', {
            name: file.name,
            size: `${Math.ceil(file.size / 1024).toLocaleString('en')} KB`,
          })}
        </span>
      ) : null}
    </div>
  );
}
