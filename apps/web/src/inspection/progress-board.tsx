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

const DEMO_MARK = '＊';

/** A figure demo rows stand behind: a mark the heading's badge explains, and the words for a screen reader. */
function DemoMark() {
  const { t } = useLocale();
  return (
    <span className="demo-mark">
      <span aria-hidden="true">{DEMO_MARK}</span>
      <span className="sr-only">{t('badge.demo')}</span>
    </span>
  );
}

/** The key to the marks, beside a heading whose figures include demo ones: "＊ 演示数据". */
function DemoKey({ targets }: { targets: readonly Target[] }) {
  const { t } = useLocale();
  if (!targets.some((x) => x.actualSource === 'DEMO')) return null;
  return (
    <em className="demo-badge">
      <span aria-hidden="true">{DEMO_MARK} </span>
      {t('badge.demo')}
    </em>
  );
}

function Bar({ target, label }: { target: Target; label: string }) {
  const { fmt, t } = useLocale();
  const percent = target.percentReached;
  return (
    <li data-metric={target.metric} data-percent={percent ?? ''}>
      <span className="label" title={label}>
        {label}
      </span>
      <span className="bar">
        <span
          className={percent !== null && percent >= 100 ? 'fill met' : 'fill'}
          style={{ width: `${Math.min(100, percent ?? 0)}%` }}
        />
      </span>
      <span className="figures">
        {target.actual === null ? t('common.noData') : fmt.targetValue(target.actual, null, target.unit)} /{' '}
        {fmt.targetValue(target.value, target.valueMax, target.unit)}
        {target.actualSource === 'DEMO' ? <DemoMark /> : null}
      </span>
    </li>
  );
}

/**
 * The plan's progress as bars a leader reads in seconds: the zones' targets, then each cluster's
 * revenue, as at the end of the round's period (a figure recorded only as it stands now shows none).
 */
export function ProgressBoard({
  period,
  targets,
  clusters,
}: {
  /** The round's period: every figure is as at its end. */
  period: string;
  targets: readonly Target[];
  clusters: readonly Cluster[];
}) {
  const { t, fmt, locale } = useLocale();
  const cityWide = BOARD_METRICS.flatMap((metric) =>
    targets.filter((x) => x.scope === 'ALL_ZONES' && x.metric === metric),
  );
  const clusterName = new Map(
    clusters.map((c) => [c.code, locale === 'en' ? c.nameEn : c.name.replace('产业集群', '')]),
  );
  const revenue = targets.filter((x) => x.metric === 'cluster_main_business_revenue');
  return (
    <section className="progress-board" aria-label={t('inspection.progress')} data-as-of={period}>
      <h2>
        {t('inspection.progress')} <small>{t('filter.asOfEnd', { period: fmt.quarter(period) })}</small>
        <DemoKey targets={cityWide} />
      </h2>
      <ul>
        {cityWide.map((target) => (
          <Bar key={target.id} target={target} label={locale === 'en' ? target.labelEn : target.label} />
        ))}
      </ul>
      <h2>
        {t('inspection.clusters')}
        <DemoKey targets={revenue} />
      </h2>
      <ul className="clusters">
        {revenue.map((target) => (
          <Bar key={target.id} target={target} label={clusterName.get(target.clusterCode ?? '') ?? ''} />
        ))}
      </ul>
    </section>
  );
}
