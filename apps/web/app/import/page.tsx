import type { Metadata } from 'next';
import { ImportScreen } from '../../src/exchange/import-screen';
import { parseLocale } from '../../src/i18n/locale';
import '../../src/exchange/exchange.css';

export const metadata: Metadata = { title: '导入数据 · 周口产业集聚区一张图' };

interface ImportPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/import` (`?lang=en` in English): a file into the atlas, checked first. Who may import what is
 * the API's decision; a visitor is sent to sign in.
 */
export default async function ImportPage({ searchParams }: ImportPageProps) {
  const params = await searchParams;
  const lang = params.lang;
  return <ImportScreen locale={parseLocale(typeof lang === 'string' ? lang : null)} />;
}
