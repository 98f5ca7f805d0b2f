import type { InspectionScreenQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';
import { zoneShortName } from '../map/map-data';
import { consequenceSide } from './consequence';
import { movementMark } from './movement';

type Ranking = NonNullable<InspectionScreenQuery['inspectionRanking']>;
type Zone = InspectionScreenQuery['zones'][number];

interface RankingBoardProps {
  ranking: Ranking;
  zones: readonly Zone[];
  /** The zone the tour stands at. */
  current: string | null;
}

/** The ranking as the room reads it: rank, zone, score, movement and the plan's consequence, large. */
export function RankingBoard({ ranking, zones, current }: RankingBoardProps) {
  const { t, locale } = useLocale();
  const byCode = new Map(zones.map((z) => [z.code, z]));
  const rankedCount = ranking.zones.filter((z) => z.rank !== null).length;
  return (
    <ol className="ranking-board" aria-label={t('inspection.rank')}>
      {ranking.zones.map((row) => {
        const zone = byCode.get(row.zoneCode);
        const side = consequenceSide(row, rankedCount);
        return (
          <li
            key={row.zoneCode}
            data-zone={row.zoneCode}
            data-rank={row.rank ?? ''}
            data-consequence={row.consequence ?? ''}
            aria-current={current === row.zoneCode ? 'step' : undefined}
            className={side ?? undefined}
          >
            <span className="rank">{row.rank ?? '—'}</span>
            <span className="name">
              {zone ? zoneShortName(zone, locale) : row.zoneCode}
              {row.complete ? null : (
                <small title={row.missingCriteria.join('、')}> {t('inspection.incomplete')}</small>
              )}
            </span>
            <span className="score">
              {row.score === null ? t('inspection.unranked') : row.score.toFixed(1)}
            </span>
            <span className={`movement ${row.movement?.toLowerCase() ?? ''}`}>
              {row.movement ? movementMark(row.movement, locale) : ''}
            </span>
            <span className="consequence">{row.consequence ?? ''}</span>
          </li>
        );
      })}
    </ol>
  );
}
