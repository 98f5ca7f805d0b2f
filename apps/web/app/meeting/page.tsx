import { connection } from 'next/server';
import { parseLocale } from '../../src/i18n/locale';
import { LATEST_MEETING_MONTH } from '../../src/meeting/meeting-month';
import { MeetingScreen } from '../../src/meeting/meeting-screen';
import '../../src/inspection/notices.css';
import '../../src/meeting/meeting.css';

interface MeetingPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The monthly meeting (月开会) on the big screen: `/meeting?month=2014-09` (the plan year's last
 * month by default); `&lang=en` shows it in English; `&refresh=30` fetches the figures every 30 s.
 * A month that is none of the plan's year is said, with the months there are.
 */
export default async function MeetingPage({ searchParams }: MeetingPageProps) {
  await connection();
  const params = await searchParams;
  const month = typeof params.month === 'string' ? params.month : LATEST_MEETING_MONTH;
  // Seconds between refreshes of the figures: at least 2, a minute by default.
  const refresh = Math.max(2, Number(params.refresh) || 60);
  return (
    <MeetingScreen
      month={month}
      refresh={refresh}
      locale={parseLocale(typeof params.lang === 'string' ? params.lang : null)}
    />
  );
}
