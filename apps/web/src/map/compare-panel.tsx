import { useLocale } from '../i18n/locale-context';
import { type Comparison, changesByZone, changeText, type MonthChange } from './compare-changes';
import styles from './detail-panel.module.css';
import type { MapData } from './map-data';
import { zoneShortName } from './map-data';
import type { Loaded } from './use-loaded';

interface ComparePanelProps {
  comparison: Comparison;
  changes: Loaded<{ changesBetween: readonly MonthChange[] }>;
  zones: MapData['zones'];
  onClose(): void;
  /** Opens the panel of a project the change is about (a start or a completion). */
  onShowProject(id: string): void;
}

/**
 * What changed between the two months or rounds, by zone, with the same marks the map draws: new
 * starts ▶, completions ✔, moves ⇢ and rank moves ↑↓. A project's change opens its panel.
 */
export function ComparePanel({ comparison, changes, zones, onClose, onShowProject }: ComparePanelProps) {
  const { t, fmt, locale } = useLocale();
  const byCode = new Map(zones.map((z) => [z.code, z]));
  const title = t('compare.title', { from: fmt.quarter(comparison.from), to: fmt.quarter(comparison.to) });
  return (
    <section
      className={`atlas-detail atlas-compare ${styles.panel}`}
      aria-label={title}
      data-compare-panel={changes.state}
    >
      <button
        type="button"
        className={`close ${styles.close}`}
        onClick={onClose}
        aria-label={t('common.close')}
      >
        ×
      </button>
      <h2>{title}</h2>
      {changes.state === 'loading' ? <p>{t('common.loading')}</p> : null}
      {changes.state === 'failed' ? <p role="alert">{t('compare.loadFailed')}</p> : null}
      {changes.state === 'ready' ? (
        <>
          <p data-change-count={changes.data.changesBetween.length}>
            {changes.data.changesBetween.length === 0
              ? t('compare.none')
              : t('compare.count', { count: changes.data.changesBetween.length })}
          </p>
          {changesByZone(changes.data.changesBetween).map(([code, list]) => {
            const zone = byCode.get(code);
            return (
              <section key={code} data-zone={code}>
                <h3>{zone ? zoneShortName(zone, locale) : code}</h3>
                <ul>
                  {list.map((c, i) => (
                    <li key={`${c.kind}:${c.entityId ?? i}`} data-change={c.kind}>
                      {c.entityId && c.kind.startsWith('PROJECT_') ? (
                        <button
                          type="button"
                          className={styles.link}
                          onClick={() => onShowProject(c.entityId ?? '')}
                        >
                          {c.name}
                        </button>
                      ) : (
                        c.name
                      )}{' '}
                      {changeText(c, locale)}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}
    </section>
  );
}
