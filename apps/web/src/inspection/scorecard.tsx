import { useCallback } from 'react';
import { InspectionScorecardDocument, type InspectionScreenQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { PROJECT_STAGES } from '../map/status-timeline';
import { useLoaded } from '../map/use-loaded';
import { tallyProjects, worksInZone } from '../map/zone-figures';
import { projectsAt } from './as-of';
import { type CriterionPoints, criterionPoints } from './criterion-points';
import './scorecard-criteria.css';
import { movementMark } from './movement';

type RankedZone = NonNullable<InspectionScreenQuery['inspectionRanking']>['zones'][number];

/**
 * One zone on the tour: its rank and score, targets against actuals and projects as at the end of
 * the round's period, works and relocation as recorded.
 */
export function Scorecard({ row, name, period }: { row: RankedZone; name: string; period: string }) {
  const { t, fmt, locale } = useLocale();
  const load = useCallback(
    () => request(InspectionScorecardDocument, { code: row.zoneCode, zoneCode: row.zoneCode, period }),
    [row.zoneCode, period],
  );
  const loaded = useLoaded(load);
  if (loaded.state !== 'ready') return <section className="scorecard">{t('common.loading')}</section>;
  const { zone, planTargets, inspectionRanking: _ranking, ...lists } = loaded.data;
  // The zone panel's own tallies: works matched by the zone the plan assigns them to.
  const tally = tallyProjects(projectsAt(zone?.projects ?? [], period), PROJECT_STAGES);
  const works = worksInZone(lists, row.zoneCode);
  const reached = (stages: readonly string[]) =>
    tally.byStatus.reduce((n, [status, count]) => (stages.includes(status) ? n + count : n), 0);
  const started = reached(['STARTED', 'COMPLETED', 'IN_PRODUCTION']);
  const completed = reached(['COMPLETED', 'IN_PRODUCTION']);
  const kinds = (counts: readonly [unknown, number][]) => counts.reduce((n, [, count]) => n + count, 0);
  const sites = lists.relocationSites.filter((s) => s.zoneCode === row.zoneCode);
  const built = sites.reduce((n, s) => n + s.unitsCompleted, 0);
  const planned = sites.reduce((n, s) => n + s.unitsPlanned, 0);
  const demo = tally.demo || works.demo;
  const ranking = loaded.data.inspectionRanking;
  const points = criterionPoints(
    ranking?.criteria ?? [],
    ranking?.zones.find((z) => z.zoneCode === row.zoneCode)?.criteria ?? [],
  );
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
      {points.length > 0 ? <CriterionTable points={points} /> : null}
      <dl>
        <dt>{t('inspection.projectsStarted')}</dt>
        <dd>
          {started} / {tally.count}
        </dd>
        <dt>{t('inspection.projectsCompleted')}</dt>
        <dd>
          {completed} / {tally.count}
        </dd>
        <dt>{t('inspection.works')}</dt>
        <dd>
          {kinds(works.roadLinks)} / {kinds(works.gridProjects)} /{' '}
          {works.facilities.reduce((n, f) => n + f.names.length, 0)}
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

/**
 * Each criterion's weight and the points it carried and cost the zone, so a zone sees where it lost
 * them: earned + lost is what the criterion could give (its applied weight × 100).
 */
function CriterionTable({ points }: { points: CriterionPoints[] }) {
  const { t, fmt, locale } = useLocale();
  return (
    <table className="criteria" data-criteria={points.length}>
      <caption>{t('scorecard.criteria')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scorecard.criterion')}</th>
          <th scope="col">{t('scorecard.weight')}</th>
          <th scope="col">{t('scorecard.earned')}</th>
          <th scope="col">{t('scorecard.lost')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.code} data-criterion={p.code}>
            <th scope="row">{locale === 'en' ? p.nameEn : p.nameZh}</th>
            <td>{fmt.percent(Math.round(p.appliedWeight * 1000) / 10)}</td>
            <td>{p.value === null ? t('scorecard.noData') : p.earned.toFixed(1)}</td>
            <td className={p.lost > 0 ? 'lost' : undefined}>
              {p.value === null ? '—' : `−${p.lost.toFixed(1)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
