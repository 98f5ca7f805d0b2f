import { useRef } from 'react';
import { useLocale } from '../i18n/locale-context';
import { type ClusterSummary, type ZoneSummary, zoneShortName } from './map-data';
import { useDismiss } from './use-dismiss';

interface MembershipMatrixProps {
  zones: readonly ZoneSummary[];
  clusters: readonly ClusterSummary[];
  selectedCluster: string | null;
  onSelectCluster: (code: string | null) => void;
  onSelectZone: (code: string) => void;
  onClose: () => void;
}

/**
 * Which zones make up which cluster, as a grid read at a glance: zones down the side, clusters
 * across the top, a filled cell where the plan places a cluster in a zone. A tap on a column
 * chooses the cluster on the map; a tap on a row opens the zone.
 */
export function MembershipMatrix(props: MembershipMatrixProps) {
  const { zones, clusters, selectedCluster, onSelectCluster, onSelectZone, onClose } = props;
  const { t, locale } = useLocale();
  const members = new Set(clusters.flatMap((c) => c.zones.map((z) => `${c.code}:${z.code}`)));
  const shortName = (c: ClusterSummary) => (locale === 'en' ? c.nameEn : c.name.replace('产业集群', ''));
  const panel = useRef<HTMLElement>(null);
  useDismiss(panel, onClose);
  return (
    <section ref={panel} tabIndex={-1} className="atlas-matrix" aria-label={t('membership.title')}>
      <button type="button" className="close" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
      <h2>{t('membership.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            {clusters.map((c) => (
              <th key={c.code} scope="col" aria-selected={selectedCluster === c.code}>
                <button
                  type="button"
                  data-matrix-cluster={c.code}
                  onClick={() => onSelectCluster(selectedCluster === c.code ? null : c.code)}
                >
                  {shortName(c)}
                </button>
              </th>
            ))}
            <th scope="col">{t('membership.count')}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((z) => {
            const count = clusters.filter((c) => members.has(`${c.code}:${z.code}`)).length;
            return (
              <tr key={z.code}>
                <th scope="row">
                  <button type="button" data-matrix-zone={z.code} onClick={() => onSelectZone(z.code)}>
                    {zoneShortName(z, locale)}
                  </button>
                </th>
                {clusters.map((c) => {
                  const member = members.has(`${c.code}:${z.code}`);
                  return (
                    <td
                      key={c.code}
                      data-member={member}
                      className={selectedCluster === c.code ? 'chosen' : undefined}
                      title={member ? `${shortName(c)} · ${t('membership.member')}` : undefined}
                    >
                      {member ? '●' : ''}
                    </td>
                  );
                })}
                <td className="count">{count}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="note">{t('membership.note')}</p>
    </section>
  );
}
