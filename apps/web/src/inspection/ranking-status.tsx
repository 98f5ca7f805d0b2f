import type { InspectionScreenQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';

type Ranking = NonNullable<InspectionScreenQuery['inspectionRanking']>;

/** 已发布 (v N) or 草稿 · 待审定发布, with the demo mark when demo scores stand behind the ranking. */
export function RankingStatus({ ranking }: { ranking: Pick<Ranking, 'status' | 'version' | 'provenance'> }) {
  const { t } = useLocale();
  return (
    <p className="status" data-status={ranking.status}>
      {ranking.status === 'PUBLISHED'
        ? t('inspection.published', { version: ranking.version ?? 1 })
        : t('inspection.draft')}
      {ranking.provenance.kind === 'DEMO' ? <em> · {t('badge.demo')}</em> : null}
    </p>
  );
}
