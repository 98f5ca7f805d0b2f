'use client';

import { useState } from 'react';
import { readsHistory, useMe } from '../auth/me-store';
import { AuditLogDocument, type AuditLogQuery } from '../graphql/generated/graphql';
import { request } from '../graphql/request';
import { useLocale } from '../i18n/locale-context';
import { auditTime, auditValue } from './audit-value';
import styles from './history-tab.module.css';

/** A page of the history: 20 entries, newest first, as the API pages them. */
const PAGE = 20;

type Entry = AuditLogQuery['auditLog']['nodes'][number];

interface HistoryTabProps {
  /** The audit log's name for the record's table: 'project', 'relocation_site', 'zone' … */
  entity: string;
  id: string;
}

type Pages =
  | { state: 'closed' | 'loading' | 'failed' }
  | { state: 'ready'; entries: Entry[]; total: number; after: string | null };

/**
 * The history of one record, in its panel, for planners and admins (the API refuses anyone else):
 * who changed it, when, and each field from before to after, twenty at a time. Opened on demand,
 * so a panel costs nothing more for a reader who never looks.
 *
 * @example <HistoryTab entity="project" id="demo-017" />
 */
export function HistoryTab({ entity, id }: HistoryTabProps) {
  const who = useMe();
  if (who.state !== 'ready' || !readsHistory(who.me)) return null;
  return <History key={`${entity}:${id}`} entity={entity} id={id} />;
}

function History({ entity, id }: HistoryTabProps) {
  const { t } = useLocale();
  const [pages, setPages] = useState<Pages>({ state: 'closed' });

  async function load(after: string | null) {
    if (!after) setPages({ state: 'loading' });
    try {
      const { auditLog } = await request(AuditLogDocument, { entity, id, first: PAGE, after });
      setPages((shown) => ({
        state: 'ready',
        entries: [...(after && shown.state === 'ready' ? shown.entries : []), ...auditLog.nodes],
        total: auditLog.totalCount,
        after: auditLog.pageInfo.hasNextPage ? (auditLog.pageInfo.endCursor ?? null) : null,
      }));
    } catch {
      setPages({ state: 'failed' });
    }
  }

  return (
    <details
      className={styles.history}
      data-history={entity}
      onToggle={(e) => {
        if (e.currentTarget.open && pages.state === 'closed') void load(null);
      }}
    >
      <summary>{t('history.tab')}</summary>
      {pages.state === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {pages.state === 'failed' ? <p role="alert">{t('history.loadFailed')}</p> : null}
      {pages.state === 'ready' ? <Entries entries={pages.entries} total={pages.total} /> : null}
      {pages.state === 'ready' && pages.after ? (
        <button type="button" className={styles.more} onClick={() => void load(pages.after)}>
          {t('history.more')}
        </button>
      ) : null}
    </details>
  );
}

function Entries({ entries, total }: { entries: Entry[]; total: number }) {
  const { t, locale } = useLocale();
  if (entries.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <>
      <p className={styles.count}>{t('history.count', { count: total })}</p>
      <ol className={styles.entries}>
        {entries.map((entry) => (
          <li key={entry.id} data-action={entry.action}>
            <p className={styles.who}>
              {t('history.entry', { who: entry.actor, when: auditTime(entry.at, locale) })}
              <span className={styles.action}>{entry.action}</span>
            </p>
            <ul>
              {entry.changes.map((c) => (
                <li key={c.field}>
                  <code>{c.field}</code>
                  {': '}
                  <span>{auditValue(c.before, locale)}</span>
                  {' → '}
                  <span>{auditValue(c.after, locale)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
