import { connection } from 'next/server';
import { webEnv } from '../src/env';
import { AtlasMap } from '../src/map/atlas-map';

interface MapPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The map. The basemap comes from the environment as the running server read it (`src/env.ts`,
 * after `connection()`), so one build serves an offline deployment and an online one; a
 * misconfigured basemap fails here, loudly.
 * The view in the URL is handed down as it came, so server and browser render the same first page.
 */
export default async function MapPage({ searchParams }: MapPageProps) {
  await connection();
  const { basemap } = webEnv();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === 'string') params.set(key, value);
  }
  return <AtlasMap basemap={basemap} query={params.toString()} />;
}
