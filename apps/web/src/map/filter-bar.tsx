import type { ProjectStatus } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';
import type { ZoneTargetChoice } from './choropleth';
import { COMPARE_MONTHS, COMPARE_ROUNDS, type Comparison, parseComparison } from './compare-changes';
import { DemoBadge } from './detail-panel';
import type { ZoneSummary } from './map-data';
import { PLAN_PERIODS, type ProjectFilter } from './project-filter';
import { STATUS_COLOURS } from './style';
import { colouringFromValue, colouringValue, RANK_ROUNDS, type ZoneColouring } from './zone-colouring';

/** The comparisons offered: each month against the one before, each round against the one before. */
const COMPARISONS: Comparison[] = [
  ...COMPARE_MONTHS.slice(1).map((to, i) => ({ from: COMPARE_MONTHS[i] as string, to })),
  ...COMPARE_ROUNDS.slice(1).map((to, i) => ({ from: COMPARE_ROUNDS[i] as string, to })),
];

interface FilterBarProps {
  zones: readonly ZoneSummary[];
  filter: ProjectFilter;
  onFilter: (filter: ProjectFilter) => void;
  targets: readonly ZoneTargetChoice[];
  choropleth: string | null;
  onChoropleth: (metric: string | null) => void;
  /** Zones coloured by time progress or a round's rank, beside the targets on the same switch. */
  colouring?: ZoneColouring | null;
  onColouring?: (colouring: ZoneColouring | null) => void;
  /** The two months or rounds compared on the map, or null. */
  comparison?: Comparison | null;
  onComparison?: (comparison: Comparison | null) => void;
  /** How many projects the map draws under the filter, and their investment. */
  shown: { count: number; investmentYi: number };
  /**
   * Whether demo rows stand behind the shown total. Until the map says otherwise it is marked: a demo
   * total must never pass for the plan's.
   */
  shownDemo?: boolean;
}

/** Narrows the projects by zone, status and period, and switches the zones to a target's choropleth. */
export function FilterBar({
  zones,
  filter,
  onFilter,
  targets,
  choropleth,
  onChoropleth,
  colouring = null,
  onColouring = () => undefined,
  comparison = null,
  onComparison = () => undefined,
  shown,
  shownDemo,
}: FilterBarProps) {
  const { t, label, fmt, locale } = useLocale();
  const toggleStatus = (status: ProjectStatus) =>
    onFilter({
      ...filter,
      statuses: filter.statuses.includes(status)
        ? filter.statuses.filter((s) => s !== status)
        : [...filter.statuses, status],
    });
  return (
    <section className="atlas-filters" aria-label={t('filter.label')}>
      <label>
        {t('filter.zone')}
        <select
          data-filter="zone"
          value={filter.zone ?? ''}
          onChange={(e) => onFilter({ ...filter, zone: e.target.value || null })}
        >
          <option value="">{t('filter.all')}</option>
          {zones.map((z) => (
            <option key={z.code} value={z.code}>
              {locale === 'en' ? z.nameEn : z.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.period')}
        <select
          data-filter="period"
          value={filter.period ?? ''}
          onChange={(e) => onFilter({ ...filter, period: e.target.value || null })}
        >
          <option value="">{t('filter.now')}</option>
          {PLAN_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t('filter.asOfEnd', { period: fmt.quarter(p) })}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('filter.status')}</legend>
        {STATUS_COLOURS.map(([status, colour]) => (
          <button
            key={status}
            type="button"
            data-status={status}
            aria-pressed={filter.statuses.includes(status as ProjectStatus)}
            onClick={() => toggleStatus(status as ProjectStatus)}
          >
            <span className="dot" style={{ background: colour }} />
            {label('ProjectStatus', status as ProjectStatus)}
          </button>
        ))}
      </fieldset>
      <label>
        {t('colourBy.label')}
        <select
          data-filter="choropleth"
          value={choropleth ?? colouringValue(colouring)}
          onChange={(e) => {
            const value = e.target.value;
            const other = colouringFromValue(value);
            if (other) return onColouring(other);
            onColouring(null);
            onChoropleth(value || null);
          }}
        >
          <option value="">{t('choropleth.byStarLevel')}</option>
          <option value="progress">{t('colourBy.progress')}</option>
          {RANK_ROUNDS.map((round) => (
            <option key={round} value={`rank:${round}`}>
              {t('colourBy.rank', { round: fmt.quarter(round) })}
            </option>
          ))}
          {targets.map((target) => (
            <option key={target.metric} value={target.metric}>
              {locale === 'en' ? target.labelEn : target.label}
              {target.zonesWithActual === 0 ? ` (${t('common.noData')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('compare.label')}
        <select
          data-filter="compare"
          value={comparison ? `${comparison.from},${comparison.to}` : ''}
          onChange={(e) => onComparison(parseComparison(`?compare=${e.target.value}`))}
        >
          <option value="">{t('compare.off')}</option>
          {COMPARISONS.map((c) => (
            <option key={`${c.from},${c.to}`} value={`${c.from},${c.to}`}>
              {fmt.quarter(c.from)} → {fmt.quarter(c.to)}
            </option>
          ))}
        </select>
      </label>
      <output data-project-count={shown.count}>
        {t('filter.shown', {
          count: fmt.count(shown.count, 'projects'),
          investment: fmt.yi(shown.investmentYi),
        })}
        {shownDemo === false ? null : <DemoBadge />}
      </output>
    </section>
  );
}
