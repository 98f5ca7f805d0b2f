import { useCallback } from 'react';
import { WorksScheduleDocument, type WorksScheduleQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { DemoBadge, DetailPanel, Facts, localName, SourceLine } from './detail-panel';
import styles from './detail-panel.module.css';
import { sourceText } from './source-text';
import { useLoaded } from './use-loaded';
import type { Selection } from './view-url';

type Works = WorksScheduleQuery['roadLinks'][number];
type Zone = WorksScheduleQuery['zones'][number];

/** The works kinds a panel opens for, with the list each is picked from and its heading. */
const KINDS = {
  road: { list: 'roadLinks', title: 'works.roadLink' },
  grid: { list: 'gridProjects', title: 'works.gridProject' },
  facility: { list: 'facilities', title: 'works.facility' },
} as const;
export type WorksSelection = Selection & { kind: keyof typeof KINDS };

/** Whether a selection is a works the works panel shows. */
export const isWorks = (s: Selection | null): s is WorksSelection => s !== null && s.kind in KINDS;

/**
 * The API has no lookup by id for roads, grid projects or facilities; the lists are a few dozen
 * rows, so the works is picked from the schedule query the map asked for already.
 */
async function loadWorks(selection: WorksSelection): Promise<{ works: Works; zone: Zone | undefined }> {
  const data = await request(WorksScheduleDocument, { asOf: null });
  const works = data[KINDS[selection.kind].list].find((w) => w.id === selection.id);
  if (!works) throw new Error(`No ${selection.kind} ${selection.id}`);
  return { works, zone: data.zones.find((z) => z.code === works.zoneCode) };
}

interface WorksDetailProps {
  selection: WorksSelection;
  onClose(): void;
  /** Opens the panel of the zone the plan assigns the works to. */
  onShowZone(code: string): void;
}

/**
 * A road, grid project or facility as a leader asks about it: planned start and finish, progress,
 * the unit answering for it, whether it is late, and where the record comes from.
 *
 * @example
 * <WorksDetail selection={{ kind: 'road', id: 'demo-road-3' }} onClose={close} onShowZone={showZone} />
 */
export function WorksDetail({ selection, onClose, onShowZone }: WorksDetailProps) {
  const { t, fmt, locale } = useLocale();
  const loaded = useLoaded(useCallback(() => loadWorks(selection), [selection]));
  return (
    <DetailPanel
      label={t('works.detail')}
      failure={t('works.loadFailed')}
      loaded={loaded}
      onClose={onClose}
      feature={{ 'data-works': `${selection.kind}:${selection.id}` }}
    >
      {({ works, zone }) => (
        <>
          <h2>{works.name}</h2>
          <p>
            {t(KINDS[selection.kind].title)}
            {works.provenance.kind === 'DEMO' ? (
              <>
                {' '}
                <DemoBadge />
              </>
            ) : null}
          </p>
          <p data-late={works.late ? 'true' : 'false'} className={works.late ? styles.demo : undefined}>
            <strong>{works.late ? t('works.late') : t('works.onTime')}</strong>
          </p>
          <Facts
            rows={[
              [
                t('works.zone'),
                works.zoneCode ? (
                  <button
                    type="button"
                    className={styles.link}
                    onClick={() => onShowZone(works.zoneCode ?? '')}
                  >
                    {zone ? localName(locale, zone) : works.zoneCode}
                  </button>
                ) : null,
              ],
              [t('works.plannedStart'), fmt.date(works.plannedStartOn)],
              [t('works.plannedFinish'), fmt.date(works.plannedFinishOn)],
              [
                t('works.progress'),
                works.progressPercent === null || works.progressPercent === undefined
                  ? t('common.noData')
                  : fmt.percent(works.progressPercent),
              ],
              [t('works.responsibleUnit'), works.responsibleUnit ?? t('common.noData')],
            ]}
          />
          <SourceLine parts={[[t('common.source'), sourceText(works.provenance, locale)]]} />
        </>
      )}
    </DetailPanel>
  );
}
