'use client';

import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import styles from './account-control.module.css';
import { reviewsReports, signOut, useMe } from './me-store';
import { loginHref } from './safe-next';

/**
 * The header's sign-in/out control: "登录" for a visitor (coming back to this page afterwards), and
 * for a user their name and role, a demo mark on a demo account, the way to the monthly report
 * (fill in for a zone reporter, review for a planner), and "退出登录".
 *
 * @example <header>…<AccountControl /></header>
 */
export function AccountControl() {
  const { t, label, locale } = useLocale();
  const who = useMe();
  // The page to come back to is only known in the browser; the first render links the map.
  const [here, setHere] = useState('/');
  useEffect(() => setHere(`${window.location.pathname}${window.location.search}`), []);
  if (who.state === 'loading') return null;
  const { me } = who;
  if (!me)
    return (
      <a className={styles.account} href={loginHref(here, locale)} data-account="anonymous">
        {t('login.signIn')}
      </a>
    );
  const reportHref = `/report${locale === 'en' ? '?lang=en' : ''}`;
  const reports = me.role === 'ZONE_REPORTER' || reviewsReports(me);
  return (
    <div className={styles.account} data-account={me.username} data-role={me.role}>
      <span>{t('login.signedInAs', { name: me.displayName, role: label('AccountRole', me.role) })}</span>
      {me.demo ? <span className={styles.demo}>{t('login.demoAccount')}</span> : null}
      {reports ? (
        <a href={reportHref}>{me.role === 'ZONE_REPORTER' ? t('login.reportLink') : t('login.reviewLink')}</a>
      ) : null}
      <button type="button" onClick={() => void signOut()}>
        {t('login.signOut')}
      </button>
    </div>
  );
}
