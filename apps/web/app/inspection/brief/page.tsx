import { connection } from 'next/server';
import { INSPECTION_PERIODS } from '../../../src/inspection/periods';
import { ZoneBrief } from '../../../src/inspection/zone-brief';
import '../../../src/inspection/inspection.css';
import '../../../src/inspection/notices.css';

interface BriefPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `/inspection/brief?period=2014Q3&zone=taikang`: one zone's A3 briefing (map, scorecard, rank), to print or save as PDF. */
export default async function BriefPage({ searchParams }: BriefPageProps) {
  await connection();
  const params = await searchParams;
  const period = INSPECTION_PERIODS.find((p) => p === params.period) ?? '2014';
  const zone = typeof params.zone === 'string' ? params.zone : 'taikang';
  return <ZoneBrief period={period} zoneCode={zone} />;
}
