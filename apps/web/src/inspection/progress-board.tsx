import type { InspectionScreenQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';

type Target = InspectionScreenQuery['planTargets'][number];
type Cluster = InspectionScreenQuery['clusters'][number];

/** The city-wide 2014 targets the board shows, in the plan's order of importance. */
const BOARD_METRICS = [
  'fixed_asset_investment',
  'main_business_revenue',
  'major_projects_started',
  'major_projects_completed',
  'trunk_road_investment',
  'grid_projects',
  'sewage_plants_under_construction',
  'village_relocations_started',
  'resettlement_units_started',
  'resettlement_units_completed',
  'public_rental_units_started',
];

function Bar({ target, label }: { target: Target; label: string }) {
  const { fmt, t } = useLocale();
  const percent = target.percentReached;
  return (
    <li data-metric={target.metric} data-percent={percent ?? ''}>
      <span className="label">{label}</span>
      <span className="bar">
        <span
          className={percent !== null && percent >= 100 ? 'fill met' : 'fill'}
          style={{ width: `${Math.min(100, percent ?? 0)}%` }}
        />
      </span>
      <span className="figures">
        {target.actual === null ? t('common.noData') : fmt.targetValue(target.actual, null, target.unit)} /{' '}
        {fmt.targetValue(target.value, target.valueMax, target.unit)}
        {target.actualSource === 'DEMO' ? <em> {t('badge.demo')}</em> : null}
      </span>
    </li>
  );
}

/** The plan's progress as bars a leader reads in seconds: the zones' targets, then each cluster's revenue. */
export function ProgressBoard({
  targets,
  clusters,
}: {
  targets: readonly Target[];
  clusters: readonly Cluster[];
}) {
  const { t, locale } = useLocale();
  const cityWide = BOARD_METRICS.flatMap((metric) =>
    targets.filter((x) => x.scope === 'ALL_ZONES' && x.metric === metric),
  );
  const clusterName = new Map(clusters.map((c) => [c.code, locale === 'en' ? c.nameEn : c.name]));
  const revenue = targets.filter((x) => x.metric === 'cluster_main_business_revenue');
  return (
    <section className="progress-board" aria-label={t('inspection.progress')}>
      <h2>{t('inspection.progress')}</h2>
      <ul>
        {cityWide.map((target) => (
          <Bar key={target.id} target={target} label={locale === 'en' ? target.labelEn : target.label} />
        ))}
      </ul>
      <h2>{t('inspection.clusters')}</h2>
      <ul>
        {revenue.map((target) => (
          <Bar key={target.id} target={target} label={clusterName.get(target.clusterCode ?? '') ?? ''} />
        ))}
      </ul>
    </section>
  );
}
