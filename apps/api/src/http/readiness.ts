import type { ServerResponse } from 'node:http';
import { type AtlasDatabase, isDatabaseUnavailable, readDataVersion } from '@atlas/db';
import type { DatabaseHealth } from './database-health';
import { READINESS_TIMEOUT_MS } from './limits';
import { RETRY_AFTER_SECONDS, sendJson } from './replies';
import { within } from './within';

/**
 * /readyz: 200 with the data version when the database answers, else 503 with Retry-After, always
 * within {@link READINESS_TIMEOUT_MS}. While the health check has the database away, only its probe
 * asks; a dead pooled connection gets one more try when the probe finds the database there.
 */
export async function answerReadiness(
  res: ServerResponse,
  atlas: AtlasDatabase,
  health: DatabaseHealth,
): Promise<void> {
  const read = () => readDataVersion(atlas.db);
  const ready = async () => {
    if (!(await health.available())) return null;
    return read().catch(async (error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      health.markDown();
      return (await health.available()) ? read() : null;
    });
  };
  const version = await within(ready(), READINESS_TIMEOUT_MS, null);
  if (version === null)
    return sendJson(
      res,
      503,
      { status: 'database not answering' },
      { 'retry-after': String(RETRY_AFTER_SECONDS) },
    );
  return sendJson(res, 200, { status: 'ready', dataVersion: version, database: atlas.target });
}
