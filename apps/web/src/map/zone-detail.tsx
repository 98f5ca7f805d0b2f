import { useCallback } from 'react';
import { HistoryTab } from '../audit/history-tab';
import { type FacilityKind, ZoneDetailDocument, type ZoneDetailQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import type { EnumKind, EnumValue } from '../i18n/enums';
import { type LocaleTools, useLocale } from '../i18n/locale-context';
import { DemoBadge, DetailPanel, Facts, localName, SourceLine } from './detail-panel';
import styles from './detail-panel.module.css';
import { PROJECT_STAGES } from './status-timeline';
import { useLoaded } from './use-loaded';
import { tallyProjects, worksInZone } from './zone-figures';
import { ZoneReporting } from './zone-reporting';

/** The plan year whose targets the panel sets against the data: the plan is the 2014 work plan. */
const TARGET_YEAR = 2014;

/**
 * The plan names each sewage plant and leaders ask after them by name; the other facilities are
 * counted in the plan's totals, so a count is what they are checked against.
 */
const NAMED_FACILITIES: ReadonlySet<FacilityKind> = new Set(['SEWAGE_PLANT']);

type ZoneData = Omit<ZoneDetailQuery, 'zone'> & { zone: NonNullable<ZoneDetailQuery['zone']> };
type PlanTarget = ZoneDetailQuery['planTargets'][number];

async function loadZone(code: string): Promise<ZoneData> {
  const data = await request(ZoneDetailDocument, { code, zoneCode: code, year: TARGET_YEAR });
  if (!data.zone) throw new Error(`No zone ${code}`);
  return { ...data, zone: data.zone };
}

/**
 * A zone as a leader asks about it: its level, clusters, the plan's targets against what is
 * recorded, its projects, and the works the plan assigns to it.
 *
 * @example
 * <ZoneDetail code="taikang" onClose={() => setZone(null)} />
 */
export function ZoneDetail({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useLocale();
  const loaded = useLoaded(useCallback(() => loadZone(code), [code]));
  return (
    <DetailPanel
      label={t('zone.detail')}
      failure={t('zone.loadFailed')}
      loaded={loaded}
      onClose={onClose}
      feature={{ 'data-zone': code }}
    >
      {(data) => (
        <>
          <ZoneHeading zone={data.zone} />
          <PlanTargets targets={data.planTargets} />
          <ZoneReporting
            code={data.zone.code}
            reports={data.monthlyReports}
            progress={data.zoneTimeProgress}
          />
          <ZoneProjects projects={data.zone.projects} />
          <ZoneWorks data={data} />
          <ZoneSource zone={data.zone} />
          <HistoryTab entity="zone" id={data.zone.code} />
        </>
      )}
    </DetailPanel>
  );
}

function ZoneHeading({ zone }: { zone: ZoneData['zone'] }) {
  const { locale, t, label, fmt } = useLocale();
  // In Chinese every cluster name ends in 产业集群, which the row's label already says.
  const clusters = zone.clusters.map((c) => localName(locale, c).replace(/产业集群$/, ''));
  return (
    <>
      <h2>{localName(locale, zone)}</h2>
      <p className="star">
        <span data-star-level={zone.starLevel}>{label('StarLevel', zone.starLevel)}</span>
        {` · ${localName(locale, zone.county)}`}
        {zone.plannedAreaKm2 ? ` · ${t('zone.plannedArea', { area: fmt.areaKm2(zone.plannedAreaKm2) })}` : ''}
      </p>
      <p>
        {t('common.field', {
          label: t('zone.clusters'),
          value: clusters.join(t('common.listSeparator')) || t('common.none'),
        })}
      </p>
    </>
  );
}

function PlanTargets({ targets }: { targets: PlanTarget[] }) {
  const { t } = useLocale();
  return (
    <>
      <h3>{t('zone.targetsHeading', { year: TARGET_YEAR })}</h3>
      {targets.length === 0 ? (
        <p className={styles.noData}>{t('common.noData')}</p>
      ) : (
        <ul className={styles.targets}>
          {targets.map((target) => (
            <PlanTargetItem key={target.id} target={target} />
          ))}
        </ul>
      )}
    </>
  );
}

/** The plan's figure as the plan binds it: 力争超过200亿元, "striving for over CNY 20 bn". */
function targetFigure(target: PlanTarget, { t, fmt }: LocaleTools): string {
  const figure = fmt.compared(target.comparator, fmt.targetValue(target.value, target.valueMax, target.unit));
  return target.strive ? t('target.strive', { value: figure }) : figure;
}

function PlanTargetItem({ target }: { target: PlanTarget }) {
  const tools = useLocale();
  const { locale, t, fmt } = tools;
  return (
    <li data-metric={target.metric} data-source={target.actualSource ?? ''}>
      {t('common.field', {
        label: locale === 'en' ? target.labelEn : target.label,
        value: targetFigure(target, tools),
      })}
      {' · '}
      {target.actual === null ? (
        <span className={styles.noData}>{t('common.noData')}</span>
      ) : (
        t('target.actual', {
          actual: fmt.targetValue(target.actual, null, target.unit),
          percent: fmt.percent(target.percentReached),
        })
      )}
      {target.actualSource === 'DEMO' ? <DemoBadge /> : null}
    </li>
  );
}

function ZoneProjects({ projects }: { projects: ZoneData['zone']['projects'] }) {
  const { t, label, fmt } = useLocale();
  const tally = tallyProjects(projects, PROJECT_STAGES);
  return (
    <>
      <h3>
        {t('zone.projects')}
        {tally.demo ? <DemoBadge /> : null}
      </h3>
      {tally.count === 0 ? (
        <p className={styles.noData}>{t('common.none')}</p>
      ) : (
        <>
          <p className={styles.counts}>
            {fmt.count(tally.count, 'projects')}
            {' · '}
            {t('common.field', { label: t('zone.totalInvestment'), value: fmt.yi(tally.investmentYi) })}
          </p>
          <p className={styles.counts}>
            {tally.byStatus.map(([status, n]) => `${label('ProjectStatus', status)} ${n}`).join(' · ')}
          </p>
        </>
      )}
    </>
  );
}

/** Counts by kind in the reader's words: 新开工 2 · 大中修 1. */
function kindCounts<K extends EnumKind>(
  kind: K,
  counts: [EnumValue<K>, number][],
  { t, label }: LocaleTools,
): string {
  if (counts.length === 0) return t('common.none');
  return counts.map(([value, n]) => `${label(kind, value)} ${n}`).join(' · ');
}

function ZoneWorks({ data }: { data: ZoneData }) {
  const tools = useLocale();
  const { t, fmt } = tools;
  const works = worksInZone(data, data.zone.code);
  return (
    <>
      <h3>
        {t('zone.works')}
        {works.demo ? <DemoBadge /> : null}
      </h3>
      <Facts
        rows={[
          [t('zone.roadLinks'), kindCounts('RoadLinkKind', works.roadLinks, tools)],
          [t('zone.gridProjects'), kindCounts('GridProjectKind', works.gridProjects, tools)],
          [t('zone.facilities'), facilityList(works.facilities, tools)],
          [
            t('zone.relocation'),
            `${fmt.count(works.relocation.sites, 'villages')} · ${fmt.count(works.relocation.households, 'households')}`,
          ],
        ]}
      />
    </>
  );
}

/** Facilities by kind, the named kinds with their names: 污水处理厂：太康县污水处理厂 · 孵化器 1. */
function facilityList(groups: { kind: FacilityKind; names: string[] }[], tools: LocaleTools): string {
  const { t, label } = tools;
  if (groups.length === 0) return t('common.none');
  return groups
    .map(({ kind, names }) =>
      NAMED_FACILITIES.has(kind)
        ? t('common.field', {
            label: label('FacilityKind', kind),
            value: names.join(t('common.listSeparator')),
          })
        : `${label('FacilityKind', kind)} ${names.length}`,
    )
    .join(' · ');
}

function ZoneSource({ zone }: { zone: ZoneData['zone'] }) {
  const { t, label } = useLocale();
  return (
    <SourceLine
      parts={[
        [t('common.source'), zone.provenance.citation ?? label('SourceKind', zone.provenance.kind)],
        [t('zone.outline'), label('SourceKind', zone.geometryProvenance.kind)],
      ]}
    />
  );
}
