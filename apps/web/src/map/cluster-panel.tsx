import type { ClusterSummary } from './map-data';

const TIER = { LEADING: '千亿级主导', SPECIALTY: '百亿级特色' } as const;
const COMPARATOR: Record<string, string> = {
  APPROX: '约',
  GT: '超过',
  GTE: '不少于',
  EQ: '',
  LT: '少于',
  LTE: '不超过',
};

interface ClusterPanelProps {
  clusters: ClusterSummary[];
  selected: string | null;
  onSelect: (code: string | null) => void;
}

/** The plan's seven clusters; choosing one highlights its zones on the map and dims the rest. */
export function ClusterPanel({ clusters, selected, onSelect }: ClusterPanelProps) {
  return (
    <nav className="atlas-panel" aria-label="产业集群">
      <h2>产业集群</h2>
      {clusters.map((c) => (
        <button
          key={c.code}
          type="button"
          data-cluster={c.code}
          aria-pressed={selected === c.code}
          onClick={() => onSelect(selected === c.code ? null : c.code)}
        >
          <strong>{c.name.replace('产业集群', '')}</strong>
          <span>
            {TIER[c.tier]}
            {c.revenueTarget
              ? ` · 目标${COMPARATOR[c.revenueTarget.comparator] ?? ''}${c.revenueTarget.valueYi}亿元`
              : ''}
          </span>
        </button>
      ))}
    </nav>
  );
}
