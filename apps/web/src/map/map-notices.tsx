'use client';

import { useLocale } from '../i18n/locale-context';
import { type ZoneSummary, zoneShortName } from './map-data';
import styles from './map-notices.module.css';
import { nearestZones } from './zone-lookup';

/**
 * The data cannot be reached: in the middle of an empty map, or, when the map still shows what it
 * last fetched, at its foot with the time of that data, marked as possibly out of date.
 */
export function UnreachableNotice({ fetchedAt }: { fetchedAt: Date | null }) {
  const { t, locale } = useLocale();
  const time = fetchedAt?.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <p
      role="alert"
      className={`${styles.notice} ${fetchedAt ? styles.bottom : styles.centre}`}
      data-notice={fetchedAt ? 'stale' : 'unreachable'}
    >
      {time ? t('map.stale', { time }) : t('map.unreachable')}
    </p>
  );
}

interface NoSuchZoneProps {
  code: string;
  zones: readonly ZoneSummary[];
  onChoose: (code: string) => void;
  onShowAll: () => void;
  onClose: () => void;
}

/** A link names a zone the plan does not have: say so, and offer the zones it most likely meant. */
export function NoSuchZone({ code, zones, onChoose, onShowAll, onClose }: NoSuchZoneProps) {
  const { t, locale } = useLocale();
  return (
    <section role="alert" className={`${styles.notice} ${styles.centre}`} data-no-such-zone={code}>
      {t('map.noSuchZone', { code })} {t('map.nearestZones')}
      <div className={styles.choices}>
        {nearestZones(code, zones).map((zone) => (
          <button
            key={zone.code}
            type="button"
            data-suggest-zone={zone.code}
            onClick={() => onChoose(zone.code)}
          >
            {zoneShortName(zone, locale)}
          </button>
        ))}
        <button type="button" onClick={onShowAll}>
          {t('map.allZones')}
        </button>
        <button type="button" className={styles.close} onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
