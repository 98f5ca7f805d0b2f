import { useLocale } from '../i18n/locale-context';
import type { ClusterSummary } from './map-data';

interface ClusterPanelProps {
  clusters: readonly ClusterSummary[];
  selected: string | null;
  onSelect: (code: string | null) => void;
  onShowMembership: () => void;
}

/** The plan's seven clusters; choosing one highlights its zones, anchor enterprises and projects. */
export function ClusterPanel({ clusters, selected, onSelect, onShowMembership }: ClusterPanelProps) {
  const { t, label, fmt, locale } = useLocale();
  return (
    <nav className="atlas-panel" aria-label={t('cluster.panel')}>
      <h2>{t('cluster.panel')}</h2>
      {clusters.map((c) => (
        <button
          key={c.code}
          type="button"
          data-cluster={c.code}
          aria-pressed={selected === c.code}
          onClick={() => onSelect(selected === c.code ? null : c.code)}
        >
          <strong>{locale === 'en' ? c.nameEn : c.name.replace('产业集群', '')}</strong>
          <span>
            {label('ClusterTier', c.tier)}
            {c.revenueTarget
              ? ` · ${t('cluster.revenueTarget', {
                  target: fmt.compared(c.revenueTarget.comparator, fmt.yi(c.revenueTarget.valueYi)),
                })}`
              : ''}
          </span>
          {selected === c.code && c.anchorEnterprises.length > 0 ? (
            <span className="anchors">
              {t('cluster.anchors')}: {c.anchorEnterprises.map((e) => e.name).join(t('common.listSeparator'))}
            </span>
          ) : null}
        </button>
      ))}
      <button type="button" className="secondary" data-open="membership" onClick={onShowMembership}>
        {t('membership.title')} ▦
      </button>
    </nav>
  );
}
