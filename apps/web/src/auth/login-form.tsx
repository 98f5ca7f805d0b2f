'use client';

import { type FormEvent, useRef, useState } from 'react';
import { LoginDocument } from '../graphql/generated/graphql';
import { GraphqlRequestError, request } from '../graphql/request';
import { type Locale, otherLocale } from '../i18n/locale';
import { LocaleProvider, type LocaleTools, useLocale } from '../i18n/locale-context';
import styles from './login.module.css';
import { type LoginRefusal, loginRefusal } from './login-refusal';
import { loginHref } from './safe-next';

interface LoginFormProps {
  locale: Locale;
  /** Where to go once signed in: a path on this site (`safeNext` has checked it). */
  next: string;
}

/**
 * The login page's form: username and password, sent to the API's `login`; the API sets the
 * session cookie (httpOnly, so no script here ever holds the session) and the page goes on to
 * `next`. A refusal is said in words, next to the form, and read out.
 *
 * @example <LoginForm locale="zh" next="/report?month=2014-09" />
 */
export function LoginForm({ locale, next }: LoginFormProps) {
  return (
    <LocaleProvider locale={locale}>
      <LoginBody next={next} />
    </LocaleProvider>
  );
}

function LoginBody({ next }: { next: string }) {
  const tools = useLocale();
  const { t, locale } = tools;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const username = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!name || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request(LoginDocument, { username: name, password });
      window.location.assign(next);
    } catch (e) {
      setBusy(false);
      setError(refusalText(e, tools));
      username.current?.focus();
    }
  }

  return (
    <main className={styles.page} lang={locale === 'en' ? 'en-GB' : 'zh-CN'}>
      <form
        className={styles.form}
        onSubmit={submit}
        noValidate
        aria-describedby={error ? 'login-error' : undefined}
      >
        <h1>{t('login.heading')}</h1>
        <label htmlFor="login-username">{t('login.username')}</label>
        <input
          ref={username}
          id="login-username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <label htmlFor="login-password">{t('login.password')}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        {error ? (
          <p id="login-error" className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
        <p className={styles.links}>
          <a href={locale === 'en' ? '/?lang=en' : '/'}>{t('login.backToMap')}</a>
          {' · '}
          <a href={loginHref(next, otherLocale(locale))} lang={locale === 'en' ? 'zh-CN' : 'en'}>
            {locale === 'en' ? '中文' : 'English'}
          </a>
        </p>
      </form>
    </main>
  );
}

function refusalText(e: unknown, tools: LocaleTools): string {
  const { t } = tools;
  const refusal: LoginRefusal =
    e instanceof GraphqlRequestError ? loginRefusal(e.errors) : { kind: 'other', message: String(e) };
  switch (refusal.kind) {
    case 'wrongPassword':
      return t('login.wrongPassword');
    case 'throttled':
      return refusal.waitSeconds === null
        ? t('login.throttledLater')
        : t('login.throttled', { wait: waitText(refusal.waitSeconds, tools) });
    case 'other':
      return t('login.failed', { message: refusal.message });
  }
}

/** 42秒 / 42 s; from two minutes on, whole minutes rounded up: 3分钟 / 3 min. */
function waitText(seconds: number, { t }: LocaleTools): string {
  return seconds < 120
    ? t('login.seconds', { n: seconds })
    : t('login.minutes', { n: Math.ceil(seconds / 60) });
}
