'use client';

import type { CSSProperties } from 'react';
import { useLocale } from '../i18n/locale-context';
import { IMPORT_DATUMS, type ImportDatum, type ImportReport } from './import-client';
import { PREVIEW_LOOK } from './preview-look';
import { PreviewMap } from './preview-map';

/** A datum's name in words when it is one the page offers, else as the API wrote it (`EPSG:3857`). */
function useDatumName() {
  const { t } = useLocale();
  return (datum: string) =>
    (IMPORT_DATUMS as readonly string[]).includes(datum) && datum !== 'auto'
      ? t(`import.datum.${datum as Exclude<ImportDatum, 'auto'>}`)
      : datum;
}

/**
 * A dry run's (or a refused commit's) report: how many rows and what becomes of them, the datum and
 * where it came from, how each column was read, the errors by row and field, the warnings, and the
 * features on a map in their converted place.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useLocale();
  const datumName = useDatumName();
  return (
    <section
      className="import-report"
      aria-label={t('import.report')}
      data-rows={report.rows}
      data-errors={report.errors.length}
      data-datum-used={report.datum.used}
      data-datum-from={report.datum.from}
    >
      <div>
        <h2>{t('import.report')}</h2>
        <p data-summary>
          {t('import.rows', {
            rows: report.rows,
            created: report.created,
            updated: report.updated,
            errors: new Set(report.errors.map((e) => e.row)).size,
          })}
        </p>
        <p data-datum>
          {t('import.datumUsed', {
            datum: datumName(report.datum.used),
            from: t(`import.datumFrom.${report.datum.from}`),
          })}
          {report.datum.evidence ? (
            <>
              <br />
              {t('import.evidence', { evidence: report.datum.evidence })}
            </>
          ) : null}
        </p>
        <ErrorTable errors={report.errors} />
        {report.warnings.length > 0 ? (
          <>
            <h3>{t('import.warnings')}</h3>
            <ul data-warnings>
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </>
        ) : null}
        <MappingTable mapping={report.mapping} />
      </div>
      <div>
        <h2>{t('import.preview')}</h2>
        <PreviewMap preview={report.preview} />
        <PreviewLegend />
      </div>
    </section>
  );
}

function ErrorTable({ errors }: { errors: ImportReport['errors'] }) {
  const { t } = useLocale();
  if (errors.length === 0) return <p data-no-errors>{t('import.noErrors')}</p>;
  return (
    <>
      <h3 id="import-errors">{t('import.errors')}</h3>
      <table aria-labelledby="import-errors" data-error-table>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            // Several errors may share a row and a field: the order is the key (the list is replaced whole).
            <tr key={i}>
              <td>{e.row}</td>
              <td>{e.field ?? '—'}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The ways the API says it read a column (`MappingHow` in core); another is shown as it came. */
const HOWS = ['exact', 'truncated', 'header', 'table', 'unmapped'] as const;
type How = (typeof HOWS)[number];

function MappingTable({ mapping }: { mapping: ImportReport['mapping'] }) {
  const { t } = useLocale();
  if (mapping.length === 0) return null;
  return (
    <>
      <h3 id="import-mapping">{t('import.mapping')}</h3>
      <table aria-labelledby="import-mapping" data-mapping-table>
        <thead>
          <tr>
            <th scope="col">{t('import.mappingFrom')}</th>
            <th scope="col">{t('import.mappingTo')}</th>
            <th scope="col">{t('import.mappingHow')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((m) => (
            <tr key={m.from}>
              <td>{m.from}</td>
              <td>{m.to ?? '—'}</td>
              <td data-how={m.how}>
                {(HOWS as readonly string[]).includes(m.how) ? t(`import.how.${m.how as How}`) : m.how}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** What the outlines and marks mean, in the same outline styles the map draws. */
function PreviewLegend() {
  const { t } = useLocale();
  return (
    <ul className="import-legend">
      {(['create', 'update', 'error'] as const).map((action) => (
        <li key={action}>
          <span
            className={`line ${action}`}
            style={{ '--c': PREVIEW_LOOK[action].colour } as CSSProperties}
          />
          {t(`import.legend.${action}`)}
        </li>
      ))}
    </ul>
  );
}
