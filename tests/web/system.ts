import { type ApiHarness, startApi } from '../api/harness';
import { startMapServer } from './map-server';

export interface RunningSystem {
  readonly api: ApiHarness;
  readonly webUrl: string;
  stop(): Promise<void>;
}

/**
 * The whole system as a leader meets it: the API on a fresh seeded embedded (or PostgreSQL) test
 * database, and the built map app served by `next start`, talking to that API, with `webEnv` added
 * to the map app's environment.
 */
export async function startSystem(webEnv: Record<string, string> = {}): Promise<RunningSystem> {
  const api = await startApi();
  const web = await startMapServer(api.url, webEnv);
  return {
    api,
    webUrl: web.url,
    async stop() {
      web.stop();
      await api.stop();
    },
  };
}
