import { openDatabase, selectRows } from '@atlas/db';
import { sql } from 'drizzle-orm';
import { type ApiProcess, FAULT_TOKENS } from './api-process';
import {
  createProjectWithKey,
  now,
  type ProbeSample,
  type RequestRecord,
  sleep,
  startLoad,
  startReadinessProbe,
  verifyWrites,
  type WriteVerdict,
} from './load';
import type { PrivatePostgres, StopMode } from './private-postgres';

export interface OutagePlan {
  /** `restart`: stop and start at once; `stop`: stay down for `downMs`. */
  action: 'restart' | 'stop';
  downMs?: number;
  mode?: StopMode;
  readers?: number;
  writesPerSecond?: number;
  /** Load before the database goes down, and after it is back. */
  warmupMs?: number;
  recoverMs?: number;
  /** The API's ATLAS_REQUEST_DEADLINE_MS. */
  deadlineMs: number;
  clientTimeoutMs?: number;
}

/** The figures of one outage, in milliseconds and counts. */
export interface OutageFigures {
  /** null while the API process still runs; else how it ended (a crash during the outage). */
  apiExit: string | null;
  writes: WriteVerdict;
  requests: number;
  longestRequestMs: number;
  /** Answered later than deadline + 1 s, or not answered at all before the client gave up. */
  pastDeadline: number;
  /** The connection to the API failed (refused, reset): the API was not there to answer. */
  connectionFailures: number;
  readyzWorstMs: number;
  readyzOver1s: number;
  /** /readyz said 200 while the database was down, or 503 more than a second after it was back. */
  readyzWrong: number;
  /** From `pg_ctl start` returning to the first 200 answered after it; null if none came. */
  backToFirst200Ms: number | null;
  /** Requests sent a second or more after the database was back that did not get a 200. */
  failedAfterBack: number;
  /** Requests sent while the database was down that could be answered before it came back. */
  whileDown: {
    requests: number;
    worstMs: number;
    /** Not 503, no Retry-After, or a code other than DATABASE_UNAVAILABLE / DEADLINE_EXCEEDED. */
    notRefusedProperly: number;
    codes: Record<string, number>;
  };
  downForMs: number;
}

export interface OutageResult {
  figures: OutageFigures;
  records: RequestRecord[];
  probes: ProbeSample[];
  downAt: number;
  upAt: number;
}

/**
 * Puts the API under load, takes its database down (a restart, or a stop of `downMs`), brings it
 * back, lets the load run on, then checks every write against the database itself.
 */
export async function runOutage(
  pg: PrivatePostgres,
  api: ApiProcess,
  plan: OutagePlan,
  runId: string,
): Promise<OutageResult> {
  const warmupMs = plan.warmupMs ?? 3_000;
  const recoverMs = plan.recoverMs ?? 4_000;
  const downMs = plan.action === 'stop' ? (plan.downMs ?? 8_000) : 0;
  const probe = startReadinessProbe(api.url);
  const load = startLoad({
    apiUrl: api.url,
    plannerToken: FAULT_TOKENS.planner,
    runId,
    readers: plan.readers ?? 4,
    writesPerSecond: plan.writesPerSecond ?? 15,
    durationMs: warmupMs + downMs + recoverMs + 60_000,
    clientTimeoutMs: plan.clientTimeoutMs ?? 15_000,
  });
  await sleep(warmupMs);
  const stopAt = now();
  await pg.stop({ mode: plan.mode ?? 'fast' });
  const downAt = now();
  await sleep(downMs);
  await pg.start();
  const upAt = now();
  await sleep(recoverMs);
  const records = await load.stop();
  const probes = await probe.stop();
  const atlas = await openDatabase({ kind: 'postgres', url: pg.url, max: 1 });
  let writes: WriteVerdict;
  try {
    writes = await verifyWrites(atlas, records, runId);
  } finally {
    await atlas.close();
  }
  return {
    figures: {
      apiExit: api.exit,
      ...figuresOf(records, probes, writes, { stopAt, downAt, upAt, deadlineMs: plan.deadlineMs }),
    },
    records,
    probes,
    downAt,
    upAt,
  };
}

interface Timeline {
  stopAt: number;
  downAt: number;
  upAt: number;
  deadlineMs: number;
}

const PROPER_DOWN_CODES = new Set(['DATABASE_UNAVAILABLE', 'DEADLINE_EXCEEDED']);

export function figuresOf(
  records: readonly RequestRecord[],
  probes: readonly ProbeSample[],
  writes: WriteVerdict,
  { stopAt, downAt, upAt, deadlineMs }: Timeline,
): Omit<OutageFigures, 'apiExit'> {
  const duration = (r: RequestRecord) => r.endedAt - r.sentAt;
  const late = (r: RequestRecord) =>
    r.failure === 'timeout' || (r.answeredAt !== null && duration(r) > deadlineMs + 1_000);
  const answered = records.filter((r) => r.answeredAt !== null);
  const firstBack = answered
    .filter((r) => r.status === 200 && (r.answeredAt ?? 0) >= upAt)
    .reduce((min, r) => Math.min(min, r.answeredAt ?? min), Number.POSITIVE_INFINITY);
  // Sent once the database was surely down, early enough that a one-second answer comes before it is back.
  const down = records.filter((r) => r.sentAt >= downAt && r.sentAt <= upAt - 1_000);
  const codes: Record<string, number> = {};
  for (const r of down) {
    const key = r.failure ?? `${r.status} ${r.code ?? ''}`.trim();
    codes[key] = (codes[key] ?? 0) + 1;
  }
  return {
    writes,
    requests: records.length,
    longestRequestMs: Math.max(0, ...records.map(duration)),
    pastDeadline: records.filter(late).length,
    connectionFailures: records.filter((r) => r.failure === 'network').length,
    readyzWorstMs: Math.max(0, ...probes.map((p) => p.latencyMs)),
    readyzOver1s: probes.filter((p) => p.answeredAt === null || p.latencyMs > 1_000).length,
    readyzWrong: probes.filter(
      // pg_ctl notices a started server a little after it accepts connections: half a second of slack.
      (p) =>
        (p.sentAt >= downAt && p.sentAt < upAt - 500 && p.status === 200) ||
        (p.sentAt >= upAt + 1_000 && p.status !== 200),
    ).length,
    backToFirst200Ms: Number.isFinite(firstBack) ? firstBack - upAt : null,
    failedAfterBack: records.filter((r) => r.sentAt >= upAt + 1_000 && r.status !== 200).length,
    whileDown: {
      requests: down.length,
      worstMs: Math.max(0, ...down.map(duration)),
      notRefusedProperly: down.filter(
        (r) => r.status !== 503 || !r.retryAfter || !PROPER_DOWN_CODES.has(r.code ?? ''),
      ).length,
      codes,
    },
    downForMs: upAt - stopAt,
  };
}

/** One line per figure, for a failing test's message and the bench's log. */
export function describeOutage(name: string, f: OutageFigures): string {
  return [
    ...(f.apiExit ? [`${name}: THE API PROCESS DIED (${f.apiExit}) during the outage`] : []),
    `${name}: down ${Math.round(f.downForMs)} ms, ${f.requests} requests, writes sent ${f.writes.sent} acknowledged ${f.writes.acknowledged} committed ${f.writes.committed}`,
    `  lost ${f.writes.lost.length}, committed after failure ${f.writes.committedAfterFailure.length}, doubled ${f.writes.doubled.length}, audit mismatches ${f.writes.auditMismatches.length}`,
    `  longest request ${Math.round(f.longestRequestMs)} ms, past deadline+1 s ${f.pastDeadline}, connection failures ${f.connectionFailures}`,
    `  /readyz worst ${Math.round(f.readyzWorstMs)} ms, over 1 s ${f.readyzOver1s}, wrong status ${f.readyzWrong}`,
    `  back to first 200 ${f.backToFirst200Ms === null ? 'never' : `${Math.round(f.backToFirst200Ms)} ms`}, failed ≥1 s after back ${f.failedAfterBack}`,
    `  while down: ${f.whileDown.requests} requests, worst ${Math.round(f.whileDown.worstMs)} ms, not a proper 503 ${f.whileDown.notRefusedProperly}, ${JSON.stringify(f.whileDown.codes)}`,
    ...[...f.writes.lost, ...f.writes.committedAfterFailure, ...f.writes.doubled, ...f.writes.auditMismatches]
      .slice(0, 10)
      .map((line) => `  · ${line}`),
  ].join('\n');
}

export interface IdempotentRetry {
  /** The first attempt and every retry, as `status code` or `timeout`/`network`. */
  story: string;
  final: RequestRecord;
  /** Rows in the database with the write's name: 1 is right. */
  stored: number;
}

/**
 * Sends a createProject with an Idempotency-Key, crashes the database `crashAfterMs` later (while
 * the write is in flight), brings it back after `downMs`, and retries the same key and body every
 * 250 ms until the API acknowledges it; then counts the rows the write made.
 */
export async function runIdempotentRetry(
  pg: PrivatePostgres,
  api: ApiProcess,
  {
    marker,
    key,
    crashAfterMs = 5,
    downMs = 1_500,
  }: { marker: string; key: string; crashAfterMs?: number; downMs?: number },
): Promise<IdempotentRetry> {
  const write = () => createProjectWithKey({ url: api.url, token: FAULT_TOKENS.planner, marker, key });
  const first = write();
  await sleep(crashAfterMs);
  await pg.stop({ mode: 'immediate' });
  const attempts = [await first];
  await sleep(downMs);
  await pg.start();
  let final = attempts[0] as RequestRecord;
  for (let i = 0; i < 40 && !final.acknowledged; i++) {
    await sleep(250);
    final = await write();
    attempts.push(final);
  }
  const story = attempts
    .map((r) => `${r.failure ?? `${r.status} ${r.code ?? ''}`.trim()}${r.replayed ? ' replayed' : ''}`)
    .join(', ');
  return { story, final, stored: await countProjectsNamed(pg.url, marker) };
}

/** Projects called exactly `name`, counted in the database itself. */
export async function countProjectsNamed(url: string, name: string): Promise<number> {
  const atlas = await openDatabase({ kind: 'postgres', url, max: 1 });
  try {
    const [row] = await selectRows<{ n: number }>(
      atlas.db,
      sql`SELECT count(*)::int AS n FROM projects WHERE name = ${name}`,
    );
    return row?.n ?? 0;
  } finally {
    await atlas.close();
  }
}
