import { randomUUID } from 'node:crypto';
import { openDatabase } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiProcess, FAULT_TOKENS, startApiProcess } from './api-process';
import { createProjectWithKey, type RequestRecord, sleep } from './load';
import {
  countProjectsNamed,
  describeOutage,
  type OutageFigures,
  runIdempotentRetry,
  runOutage,
} from './outage-scenario';
import { type PrivatePostgres, privatePostgresAvailable, startPrivatePostgres } from './private-postgres';

/**
 * Issue 9: a PostgreSQL outage must fail fast and lose nothing. The API runs as its own process on
 * a private PostgreSQL server that this file stops and restarts (never the shared one). CI sized:
 * a 5 s request deadline (ATLAS_REQUEST_DEADLINE_MS) instead of the default 10 s, and an 8 s stop
 * instead of the bench's 30 s (`pnpm bench:faults`). Runs where CI installs PostgreSQL, which is
 * where DATABASE_URL is set.
 */
const DEADLINE_MS = 5_000;
const enabled = Boolean(process.env.DATABASE_URL) && privatePostgresAvailable();

const apiOptions = () => ({
  databaseUrl: pg.url,
  env: { ATLAS_REQUEST_DEADLINE_MS: String(DEADLINE_MS), ATLAS_DEMO_DATA: 'off' },
});

let pg: PrivatePostgres;
let api: ApiProcess;
beforeAll(async () => {
  if (!enabled) return;
  pg = await startPrivatePostgres();
  api = await startApiProcess(apiOptions());
}, 180_000);
// A test that crashed the API leaves the next one a fresh process (the crash itself fails its test).
beforeEach(async () => {
  if (enabled && !api.alive) api = await startApiProcess(apiOptions());
}, 180_000);
afterAll(async () => {
  await api?.stop();
  await pg?.cleanup();
});

describe.skipIf(!enabled)('a PostgreSQL outage under load (4 readers, 15 writes/s)', () => {
  it('restart: no acknowledged write lost, every answer within deadline + 1 s, /readyz within 1 s, back within 1 s', async () => {
    const { figures: f } = await runOutage(
      pg,
      api,
      { action: 'restart', deadlineMs: DEADLINE_MS, warmupMs: 3_000, recoverMs: 4_000 },
      `restart-${randomUUID().slice(0, 8)}`,
    );
    const report = withApiLog(describeOutage('restart', f));
    expectNoHarm(f, report);
    expect(f.backToFirst200Ms ?? Number.POSITIVE_INFINITY, report).toBeLessThanOrEqual(1_000);
    expect(f.failedAfterBack, report).toBe(0);
  }, 90_000);

  it('stopped for 8 s: refuses with 503 + Retry-After within a second while down, commits nothing it failed, back within 1 s', async () => {
    const { figures: f } = await runOutage(
      pg,
      api,
      { action: 'stop', downMs: 8_000, deadlineMs: DEADLINE_MS, warmupMs: 3_000, recoverMs: 4_000 },
      `stop-${randomUUID().slice(0, 8)}`,
    );
    const report = withApiLog(describeOutage('stop 8 s', f));
    expectNoHarm(f, report);
    expect(f.readyzWrong, report).toBe(0);
    expect(f.whileDown.requests, report).toBeGreaterThan(20);
    expect(f.whileDown.notRefusedProperly, report).toBe(0);
    // "Within about a second": a quarter of a second of slack for a busy 2-core CI machine.
    expect(f.whileDown.worstMs, report).toBeLessThanOrEqual(1_250);
    expect(f.backToFirst200Ms ?? Number.POSITIVE_INFINITY, report).toBeLessThanOrEqual(1_000);
    expect(f.failedAfterBack, report).toBe(0);
  }, 90_000);

  it('a write retried with its Idempotency-Key after the database died under it is stored exactly once', async () => {
    const marker = `fault-idem-${randomUUID().slice(0, 8)}`;
    const key = `idem-${randomUUID()}`;
    const retry = await runIdempotentRetry(pg, api, { marker, key });
    const { final, stored } = retry;
    const story = withApiLog(retry.story);
    expect(api.exit, story).toBeNull();
    expect(final.acknowledged, story).toBe(true);
    expect(stored, story).toBe(1);

    const again = (name: string) =>
      createProjectWithKey({ url: api.url, token: FAULT_TOKENS.planner, marker: name, key });
    const replay = await again(marker);
    expect(replay.status, story).toBe(200);
    expect(replay.replayed, 'header idempotency-replayed: true').toBe(true);
    expect(JSON.parse(replay.body ?? '{}')).toEqual(JSON.parse(final.body ?? '{}'));
    const reused = await again(`${marker}-other`);
    expect(reused.status).toBe(422);
    expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countProjectsNamed(pg.url, marker)).toBe(1);
    expect(await countProjectsNamed(pg.url, `${marker}-other`)).toBe(0);
  }, 60_000);

  it('the same Idempotency-Key while its first request still runs is refused with 409, and written once', async () => {
    const marker = `fault-inflight-${randomUUID().slice(0, 8)}`;
    const key = `inflight-${randomUUID()}`;
    const send = () => createProjectWithKey({ url: api.url, token: FAULT_TOKENS.planner, marker, key });
    const atlas = await openDatabase({ kind: 'postgres', url: pg.url, max: 1 });
    let first: Promise<RequestRecord> | undefined;
    let second: RequestRecord | undefined;
    try {
      // Holding the projects table keeps the first write waiting, well inside its deadline.
      await atlas.db.transaction(async (tx) => {
        await tx.execute(sql`LOCK TABLE projects IN ACCESS EXCLUSIVE MODE`);
        first = send();
        await sleep(400);
        second = await send();
        await sleep(200);
      });
    } finally {
      await atlas.close();
    }
    expect(second?.status, withApiLog(`${second?.status} ${second?.code} ${second?.body}`)).toBe(409);
    expect(second?.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    expect((await first)?.acknowledged).toBe(true);
    expect(await countProjectsNamed(pg.url, marker)).toBe(1);
  }, 30_000);
});

/**
 * What every outage must keep: the API alive, every acknowledged write there and none committed
 * after its request failed, the audit log matching, every answer and /readyz in time.
 */
function expectNoHarm(f: OutageFigures, report: string): void {
  expect(f.apiExit, report).toBeNull();
  expect(f.writes.acknowledged, report).toBeGreaterThan(30);
  expect(f.writes.lost, report).toEqual([]);
  expect(f.writes.committedAfterFailure, report).toEqual([]);
  expect(f.writes.auditMismatches, report).toEqual([]);
  expect(f.pastDeadline, report).toBe(0);
  expect(f.readyzOver1s, report).toBe(0);
}

/** A failing assertion's message ends with what the API logged last. */
function withApiLog(report: string): string {
  return `${report}\n--- API log (last 12 lines) ---\n${api.log.slice(-12).join('\n')}`;
}
