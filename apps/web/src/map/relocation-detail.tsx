import { useCallback } from 'react';
import { HistoryTab } from '../audit/history-tab';
import { RelocationDetailDocument, type RelocationDetailQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { DemoBadge, DetailPanel, Facts, localName, SourceLine } from './detail-panel';
import styles from './detail-panel.module.css';
import { type HousingShare, housingProgress } from './housing-progress';
import { sourceText } from './source-text';
import { useLoaded } from './use-loaded';

type Site = RelocationDetailQuery['relocationSites'][number];
type Zone = RelocationDetailQuery['zones'][number];

/**
 * The API has no relocationSite(id) field, so the site is picked from the whole list, which is a
 * few dozen villages; the zones come in the same request to name the site's zone.
 */
async function loadSite(id: string): Promise<{ site: Site; zone: Zone | undefined }> {
  const { relocationSites, zones } = await request(RelocationDetailDocument);
  const site = relocationSites.find((s) => s.id === id);
  if (!site) throw new Error(`No relocation site ${id}`);
  return { site, zone: zones.find((z) => z.code === site.zoneCode) };
}

interface RelocationDetailProps {
  id: string;
  onClose(): void;
  /** Opens the panel of the zone the village is moved out of. */
  onShowZone(code: string): void;
}

/**
 * A village moved out of a zone: where its households go, and how far their new housing has come.
 *
 * @example
 * <RelocationDetail id="demo-relocation-3" onClose={close} onShowZone={(code) => select('zone', code)} />
 */
export function RelocationDetail({ id, onClose, onShowZone }: RelocationDetailProps) {
  const { t } = useLocale();
  const loaded = useLoaded(useCallback(() => loadSite(id), [id]));
  return (
    <DetailPanel
      label={t('relocation.detail')}
      failure={t('relocation.loadFailed')}
      loaded={loaded}
      onClose={onClose}
      feature={{ 'data-relocation': id }}
    >
      {({ site, zone }) => (
        <>
          <h2>{site.villageName}</h2>
          {site.provenance.kind === 'DEMO' ? (
            <p>
              <DemoBadge />
            </p>
          ) : null}
          <SiteFacts site={site} zone={zone} onShowZone={onShowZone} />
          <HousingProgressBar site={site} />
          <SiteSource site={site} />
          <HistoryTab entity="relocation_site" id={site.id} />
        </>
      )}
    </DetailPanel>
  );
}

interface SiteFactsProps {
  site: Site;
  zone: Zone | undefined;
  onShowZone(code: string): void;
}

function SiteFacts({ site, zone, onShowZone }: SiteFactsProps) {
  const { locale, t, fmt } = useLocale();
  return (
    <Facts
      rows={[
        [t('relocation.community'), site.communityName],
        [
          t('relocation.zone'),
          <button type="button" className={styles.link} onClick={() => onShowZone(site.zoneCode)}>
            {zone ? localName(locale, zone) : site.zoneCode}
          </button>,
        ],
        [t('relocation.households'), fmt.count(site.households, 'households')],
        [t('relocation.startedOn'), site.startedOn ? fmt.date(site.startedOn) : t('common.noData')],
      ]}
    />
  );
}

function HousingProgressBar({ site }: { site: Site }) {
  const { t, fmt } = useLocale();
  const progress = housingProgress(site);
  return (
    <>
      <h3>{t('relocation.progress')}</h3>
      {progress ? (
        // The bar is a picture of the figures printed under it, so screen readers get the figures.
        <div className={styles.bar} aria-hidden="true">
          <span className={styles.barStarted} style={{ width: `${progress.started.share * 100}%` }} />
          <span className={styles.barCompleted} style={{ width: `${progress.completed.share * 100}%` }} />
        </div>
      ) : null}
      <Facts
        rows={[
          [t('relocation.unitsPlanned'), fmt.count(site.unitsPlanned, 'units')],
          [
            t('relocation.unitsStarted'),
            <UnitsAgainstPlan
              units={site.unitsStarted}
              share={progress?.started}
              swatch={styles.barStarted}
            />,
          ],
          [
            t('relocation.unitsCompleted'),
            <UnitsAgainstPlan
              units={site.unitsCompleted}
              share={progress?.completed}
              swatch={styles.barCompleted}
            />,
          ],
        ]}
      />
    </>
  );
}

/** A stage's units, the percent of the plan they make, and the bar colour that stands for them. */
function UnitsAgainstPlan({
  units,
  share,
  swatch,
}: {
  units: number;
  share?: HousingShare;
  swatch: string | undefined;
}) {
  const { fmt } = useLocale();
  return (
    <>
      <span className={`${styles.swatch} ${swatch}`} aria-hidden="true" />
      {fmt.count(units, 'units')}
      {share ? ` · ${fmt.percent(share.percent)}` : ''}
    </>
  );
}

function SiteSource({ site }: { site: Site }) {
  const { t, locale } = useLocale();
  return <SourceLine parts={[[t('common.source'), sourceText(site.provenance, locale)]]} />;
}
