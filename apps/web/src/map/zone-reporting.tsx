import type { ZoneDetailQuery } from '../graphql/generated/graphql';
import { useLocale } from '../i18n/locale-context';
import { DemoBadge, Facts } from './detail-panel';
import styles from './detail-panel.module.css';

type Report = ZoneDetailQuery['monthlyReports'][number];
type TimeProgress = ZoneDetailQuery['zoneTimeProgress'][number];

interface ZoneReportingProps {
  code: string;
  reports: readonly Report[];
  progress: readonly TimeProgress[];
}

/**
 * What the zone's own monthly reports say: the latest accepted month's figures, and the year's
 * investment against its plan and time progress, each marked when demo figures stand behind it.
 *
 * @example <ZoneReporting code="taikang" reports={data.monthlyReports} progress={data.zoneTimeProgress} />
 */
export function ZoneReporting({ code, reports, progress }: ZoneReportingProps) {
  const { t, fmt, label } = useLocale();
  const latest = [...reports].sort((a, b) => b.month.localeCompare(a.month))[0];
  const year = progress.find((p) => p.zone.code === code);
  if (!latest && !year) return null;
  return (
    <div data-zone-report={latest?.month ?? ''}>
      <h3>
        {t('ledger.zoneReporting')}
        {year?.demo || latest?.demo ? <DemoBadge /> : null}
      </h3>
      <Facts
        rows={[
          [
            t('ledger.latestReport'),
            latest ? fmt.quarter(`${latest.month.slice(0, 4)}M${latest.month.slice(5, 7)}`) : null,
          ],
          [t('report.fixedAssetInvestmentWan'), latest ? fmt.wan(latest.fixedAssetInvestmentWan) : null],
          [t('report.mainBusinessRevenueWan'), latest ? fmt.wan(latest.mainBusinessRevenueWan) : null],
          [
            t('ledger.completed'),
            year ? `${fmt.wan(year.completedWan)} / ${fmt.wan(year.plannedWan)}` : null,
          ],
        ]}
      />
      {year?.percentOfPlan != null && year.pointsAhead != null ? (
        <p className={styles.counts} data-flag={year.flag ?? 'NONE'}>
          {year.flag ? (
            <span className={`${styles.flag} ${styles[`flag${year.flag}`] ?? ''}`}>
              {label('TimeProgressFlag', year.flag)}
            </span>
          ) : null}{' '}
          {t('ledger.percentOfPlan', { percent: `${year.percentOfPlan.toFixed(2)}%` })}
          {' · '}
          {t('ledger.timeProgress', { percent: fmt.percent(year.timeProgressPercent) })}
          {year.source ? ` · ${label('SourceKind', year.source)}` : ''}
        </p>
      ) : null}
    </div>
  );
}
