import { type ReactNode, useRef } from 'react';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/locale-context';
import styles from './detail-panel.module.css';
import { useDismiss } from './use-dismiss';
import type { Loaded } from './use-loaded';

interface DetailPanelProps<T> {
  /** What the panel is, for screen readers: 园区详情, 项目详情 … */
  label: string;
  /** Said as an alert when the data could not be loaded. */
  failure: string;
  loaded: Loaded<T>;
  onClose(): void;
  /** `data-zone`, `data-project` …: which feature the panel shows, for the map and its tests. */
  feature: Record<`data-${string}`, string>;
  children(data: T): ReactNode;
}

/**
 * The frame every detail panel shares: a close button big enough for a finger, focus moved into it
 * and Esc to close it, and the loading and failure states, so each panel only says what its feature is.
 *
 * @example
 * <DetailPanel label={t('project.detail')} failure={t('project.loadFailed')} loaded={loaded}
 *   onClose={onClose} feature={{ 'data-project': id }}>{(data) => <h2>{data.project.name}</h2>}</DetailPanel>
 */
export function DetailPanel<T>({ label, failure, loaded, onClose, feature, children }: DetailPanelProps<T>) {
  const { t } = useLocale();
  const panel = useRef<HTMLElement>(null);
  useDismiss(panel, onClose);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className={`atlas-detail ${styles.panel}`}
      aria-label={label}
      {...feature}
    >
      <button
        type="button"
        className={`close ${styles.close}`}
        onClick={onClose}
        aria-label={t('common.close')}
      >
        ×
      </button>
      {panelBody(loaded, failure, t('common.loading'), children)}
    </section>
  );
}

function panelBody<T>(loaded: Loaded<T>, failure: string, loading: string, render: (data: T) => ReactNode) {
  switch (loaded.state) {
    case 'failed':
      return <p role="alert">{failure}</p>;
    case 'loading':
      return <p role="status">{loading}</p>;
    case 'ready':
      return render(loaded.data);
  }
}

/** Marks figures that include generated demo data, so nobody reads them as the city's own. */
export function DemoBadge() {
  const { t } = useLocale();
  return <span className={styles.demo}>{t('badge.demo')}</span>;
}

/** A row of facts: a label and what it says; a null value leaves the row out. */
export type Fact = [label: string, value: ReactNode];

/** Label–value pairs in two columns, easier to scan at arm's length than a run of sentences. */
export function Facts({ rows }: { rows: Fact[] }) {
  return (
    <dl className={styles.facts}>
      {rows
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** The small print under a panel: where the record and its geometry come from. */
export function SourceLine({ parts }: { parts: [label: string, value: string][] }) {
  const { t } = useLocale();
  return (
    <p className={`source ${styles.source}`}>
      {parts.map(([label, value]) => t('common.field', { label, value })).join(' · ')}
    </p>
  );
}

/** A name from the API in the reader's language; a name with no English form stays Chinese. */
export function localName(locale: Locale, named: { name: string; nameEn?: string }): string {
  return locale === 'en' && named.nameEn ? named.nameEn : named.name;
}
