import type { Metadata } from 'next';
import { connection } from 'next/server';
import { parseLocale } from '../../src/i18n/locale';
import { previousMonth, reportMonth } from '../../src/report/figures';
import { ReportScreen } from '../../src/report/report-screen';
import '../../src/report/report.css';

export const metadata: Metadata = { title: '园区月报 · 周口产业集聚区一张图' };

interface ReportPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The monthly report: `/report?month=2014-09` (the month before today by default), `&zone=taikang`
 * for a planner to open one zone's, `&lang=en` in English. Who may see and do what is the API's
 * decision; the page shows what it answers.
 */
export default async function ReportPage({ searchParams }: ReportPageProps) {
  await connection();
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const asked = one(params.month);
  const month = reportMonth(asked) ?? previousMonth(new Date());
  return (
    <ReportScreen
      month={month}
      badMonth={asked !== null && asked !== month ? asked : null}
      zone={one(params.zone)}
      locale={parseLocale(one(params.lang))}
    />
  );
}
