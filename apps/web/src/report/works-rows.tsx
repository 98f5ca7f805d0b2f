'use client';

import { useLocale } from '../i18n/locale-context';
import type { Update } from './project-rows';
import { type ReportDraft, type WorksRow, worksKey } from './report-draft';
import { Field } from './report-field';

type WorksField = Exclude<keyof WorksRow, 'kind' | 'entityId' | 'name'>;

/**
 * What is asked of each kind of works: housing counts and households only where a village is
 * being moved; progress and dates everywhere.
 */
const FIELDS: Record<WorksRow['kind'], readonly WorksField[]> = {
  ROAD_LINK: ['progressPercent', 'startedOn', 'completedOn', 'progressText'],
  GRID_PROJECT: ['progressPercent', 'startedOn', 'completedOn', 'progressText'],
  FACILITY: ['progressPercent', 'startedOn', 'completedOn', 'progressText'],
  RELOCATION_SITE: [
    'progressPercent',
    'unitsStarted',
    'unitsCompleted',
    'householdsMoved',
    'startedOn',
    'completedOn',
    'progressText',
  ],
};

const DATES: ReadonlySet<WorksField> = new Set(['startedOn', 'completedOn']);
const WHOLE: ReadonlySet<WorksField> = new Set(['unitsStarted', 'unitsCompleted', 'householdsMoved']);

/** The zone's roads, grid projects, facilities and relocated villages: progress, housing, households, dates. */
export function WorksRows({ draft, update }: { draft: ReportDraft; update: Update }) {
  const { t } = useLocale();
  return (
    <section className="report-section" aria-labelledby="report-works">
      <h2 id="report-works">{t('report.works')}</h2>
      {draft.works.length === 0 ? <p>{t('report.none')}</p> : null}
      {draft.works.map((w) => (
        <WorksBlock key={`${w.kind}:${w.entityId}`} row={w} update={update} />
      ))}
    </section>
  );
}

function WorksBlock({ row, update }: { row: WorksRow; update: Update }) {
  const { t, label } = useLocale();
  const key = worksKey(row.kind, row.entityId);
  const set = (field: WorksField, value: string) =>
    update((d) => ({
      ...d,
      works: d.works.map((w) =>
        w.kind === row.kind && w.entityId === row.entityId ? { ...w, [field]: value } : w,
      ),
    }));
  return (
    <fieldset className="report-row" data-row={key} data-works={row.entityId}>
      <legend>
        {row.name}
        <span className="report-kind">{label('ReportedWorksKind', row.kind)}</span>
      </legend>
      {FIELDS[row.kind].map((field) => (
        <Field
          key={field}
          row={key}
          field={field}
          label={t(`report.${field}`)}
          wide={field === 'progressText'}
        >
          {(p) => (
            <input
              {...p}
              type={DATES.has(field) ? 'date' : 'text'}
              inputMode={
                DATES.has(field) || field === 'progressText'
                  ? undefined
                  : WHOLE.has(field)
                    ? 'numeric'
                    : 'decimal'
              }
              value={row[field]}
              onChange={(e) => set(field, e.target.value)}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}

/** The zone's own figures for the month: 固定资产投资, 主营业务收入 (万元), and a note. */
export function ZoneFigureFields({ draft, update }: { draft: ReportDraft; update: Update }) {
  const { t } = useLocale();
  const set = (field: 'fixedAssetInvestmentWan' | 'mainBusinessRevenueWan' | 'note', value: string) =>
    update((d) => ({ ...d, [field]: value }));
  return (
    <section className="report-section" aria-labelledby="report-zone-figures">
      <h2 id="report-zone-figures">{t('report.zoneFigures')}</h2>
      <fieldset className="report-row" data-row="zone">
        <legend className="report-visually-hidden">{t('report.zoneRow')}</legend>
        <Field row="zone" field="fixedAssetInvestmentWan" label={t('report.fixedAssetInvestmentWan')}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={draft.fixedAssetInvestmentWan}
              onChange={(e) => set('fixedAssetInvestmentWan', e.target.value)}
            />
          )}
        </Field>
        <Field row="zone" field="mainBusinessRevenueWan" label={t('report.mainBusinessRevenueWan')}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={draft.mainBusinessRevenueWan}
              onChange={(e) => set('mainBusinessRevenueWan', e.target.value)}
            />
          )}
        </Field>
        <Field row="zone" field="note" label={t('report.note')} wide>
          {(p) => <input {...p} value={draft.note} onChange={(e) => set('note', e.target.value)} />}
        </Field>
      </fieldset>
    </section>
  );
}
