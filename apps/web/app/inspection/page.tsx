import { connection } from 'next/server';
import { parseLocale } from '../../src/i18n/locale';
import { InspectionScreen } from '../../src/inspection/inspection-screen';
import { INSPECTION_PERIODS } from '../../src/inspection/periods';
import '../../src/inspection/inspection.css';
import '../../src/inspection/progress-board.css';
import '../../src/inspection/notices.css';

interface InspectionPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The big screen at the quarterly inspection: `/inspection?period=2014Q4` (the latest round by
 * default); `&auto=1&every=8` starts the tour on an 8-second timer; `&lang=en` shows it in English;
 * `&refresh=30` fetches the figures every 30 s. A period that is no round is said, with the rounds
 * there are, over the latest one.
 */
export default async function InspectionPage({ searchParams }: InspectionPageProps) {
  await connection();
  const params = await searchParams;
  const asked = typeof params.period === 'string' ? params.period : null;
  const period =
    INSPECTION_PERIODS.find((p) => p === asked) ?? INSPECTION_PERIODS[INSPECTION_PERIODS.length - 1];
  // Seconds per stop on the timer: at least 2, so the map has landed before it moves on.
  const every = Math.max(2, Number(params.every) || 12);
  // Seconds between refreshes of the figures (`&refresh=30`): at least 2, a minute by default.
  const refresh = Math.max(2, Number(params.refresh) || 60);
  return (
    <InspectionScreen
      period={period ?? '2014'}
      autoStart={params.auto === '1'}
      every={every}
      refresh={refresh}
      locale={parseLocale(typeof params.lang === 'string' ? params.lang : null)}
      unknownPeriod={asked !== null && asked !== period ? asked : null}
    />
  );
}
