import { useCallback } from 'react';
import { InspectionScorecardDocument, type InspectionScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { useLoaded } from '../map/use-loaded';
import { movementMark } from './movement';

type RankedZone = NonNullable<InspectionScreenQuery['inspectionRanking']>['zones'][number];

/** One zone on the tour: its rank and score, targets against actuals, projects, works and relocation. */
export function Scorecard({ row, name }: { row: RankedZone; name: string }) {
  const { t, fmt, locale } = useLocale();
  const load = useCallback(
    () => request(InspectionScorecardDocument, { code: row.zoneCode, zoneCode: row.zoneCode }),
    [row.zoneCode],
  );
  const loaded = useLoaded(load);
  if (loaded.state !== 'ready') return <section className="scorecard">{t('common.loading')}</section>;
  const { zone, planTargets, roadLinks, gridProjects, facilities, relocationSites } = loaded.data;
  const mine = <T extends { zoneCode: string | null }>(list: readonly T[]) =>
    list.filter((x) => x.zoneCode === row.zoneCode);
  const projects = zone?.projects ?? [];
  const started = projects.filter((p) => p.status !== 'PLANNED' && p.status !== 'SIGNED').length;
  const completed = projects.filter((p) => p.status === 'COMPLETED' || p.status === 'IN_PRODUCTION').length;
  const sites = mine(relocationSites);
  const built = sites.reduce((n, s) => n + s.unitsCompleted, 0);
  const planned = sites.reduce((n, s) => n + s.unitsPlanned, 0);
  const demo = [...projects, ...sites].some((x) => x.provenance.kind === 'DEMO');
  return (
    <section className="scorecard" data-scorecard={row.zoneCode} aria-label={t('inspection.scorecard')}>
      <h2>{name}</h2>
      <p className="headline">
        <span className="rank">
          {t('inspection.rank')} {row.rank ?? '—'}
        </span>
        <span className="score">
          {t('inspection.score')} {row.score?.toFixed(1) ?? '—'}
        </span>
        <span className="movement">
          {t('inspection.movement')} {row.movement ? movementMark(row.movement, locale) : '—'}
          {row.previousRank ? ` (${row.previousRank})` : ''}
        </span>
        {row.consequence ? <span className="verdict">{row.consequence}</span> : null}
      </p>
      <dl>
        <dt>{t('inspection.projectsStarted')}</dt>
        <dd>
          {started} / {projects.length}
        </dd>
        <dt>{t('inspection.projectsCompleted')}</dt>
        <dd>
          {completed} / {projects.length}
        </dd>
        <dt>{t('inspection.works')}</dt>
        <dd>
          {mine(roadLinks).length} / {mine(gridProjects).length} / {mine(facilities).length}
        </dd>
        <dt>{t('inspection.relocation')}</dt>
        <dd>
          {built} / {planned}
        </dd>
      </dl>
      <ul className="targets">
        {planTargets.map((target) => (
          <li key={target.id}>
            <span>{locale === 'en' ? target.labelEn : target.label}</span>
            <strong>
              {target.actual === null
                ? t('common.noData')
                : fmt.targetValue(target.actual, null, target.unit)}{' '}
              / {fmt.targetValue(target.value, target.valueMax, target.unit)}
            </strong>
          </li>
        ))}
      </ul>
      {demo ? <p className="demo">{t('badge.demo')}</p> : null}
    </section>
  );
}
