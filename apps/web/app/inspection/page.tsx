import { connection } from 'next/server';
import { parseLocale } from '../../src/i18n/locale';
import { InspectionScreen } from '../../src/inspection/inspection-screen';
import { INSPECTION_PERIODS } from '../../src/inspection/periods';
import '../../src/inspection/inspection.css';

interface InspectionPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The big screen at the quarterly inspection: `/inspection?period=2014Q4` (the latest round by
 * default); `&auto=1&every=8` starts the tour on an 8-second timer; `&lang=en` shows it in English.
 */
export default async function InspectionPage({ searchParams }: InspectionPageProps) {
  await connection();
  const params = await searchParams;
  const period =
    INSPECTION_PERIODS.find((p) => p === params.period) ?? INSPECTION_PERIODS[INSPECTION_PERIODS.length - 1];
  // Seconds per stop on the timer: at least 2, so the map has landed before it moves on.
  const every = Math.max(2, Number(params.every) || 12);
  return (
    <InspectionScreen
      period={period ?? '2014'}
      autoStart={params.auto === '1'}
      every={every}
      locale={parseLocale(typeof params.lang === 'string' ? params.lang : null)}
    />
  );
}
