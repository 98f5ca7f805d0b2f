import type { Metadata } from 'next';
import { LoginForm } from '../../src/auth/login-form';
import { safeNext } from '../../src/auth/safe-next';
import { parseLocale } from '../../src/i18n/locale';

export const metadata: Metadata = { title: '登录 · 周口产业集聚区一张图' };

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/login?next=/report%3Fmonth%3D2014-09` signs in and goes back to `next` (a path on this site
 * only); `&lang=en` in English.
 */
export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);
  return <LoginForm locale={parseLocale(one(params.lang))} next={safeNext(one(params.next))} />;
}
