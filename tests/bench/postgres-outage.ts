import { randomUUID } from 'node:crypto';
import { type ApiProcess, startApiProcess } from '../faults/api-process';
import { describeOutage, type OutageFigures, runIdempotentRetry, runOutage } from '../faults/outage-scenario';
import { type StopMode, startPrivatePostgres } from '../faults/private-postgres';

/** One line of `pnpm bench:faults`' table. */
export interface BenchRow {
  case: string;
  figure: string;
  target: string;
  pass: boolean;
}

export interface PostgresOutageOptions {
  restarts?: number;
  restartMode?: StopMode;
  stopSeconds?: number;
  readers?: number;
  writesPerSecond?: number;
  /** ATLAS_REQUEST_DEADLINE_MS for the API; its default is 10 s. */
  deadlineMs?: number;
  idempotentRetries?: number;
  log?: (line: string) => void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/**
 * Issue 9's outage figures at full size: PostgreSQL restarted 3 times and stopped for 30 s under
 * 4 readers and 20 writes/s, then writes retried with their Idempotency-Key through a crash. The
 * API is a real process on the default 10 s deadline; the database is a private server of the
 * bench's own (`fsync=off`, see private-postgres.ts), never the machine's shared one.
 */
export async function measurePostgresOutage(options: PostgresOutageOptions = {}): Promise<BenchRow[]> {
  const deadlineMs = options.deadlineMs ?? 10_000;
  const log = options.log ?? (() => {});
  const pg = await startPrivatePostgres();
  let api: ApiProcess | undefined;
  const ensureApi = async () => {
    if (api?.alive) return api;
    api = await startApiProcess({
      databaseUrl: pg.url,
      env: { ATLAS_REQUEST_DEADLINE_MS: String(deadlineMs) },
    });
    return api;
  };
  try {
    const load = {
      readers: options.readers ?? 4,
      writesPerSecond: options.writesPerSecond ?? 20,
      deadlineMs,
      warmupMs: 5_000,
      recoverMs: 5_000,
    };
    const restarts: OutageFigures[] = [];
    for (let i = 0; i < (options.restarts ?? 3); i++) {
      const { figures } = await runOutage(
        pg,
        await ensureApi(),
        { ...load, action: 'restart', mode: options.restartMode ?? 'fast' },
        `bench-restart${i}-${randomUUID().slice(0, 8)}`,
      );
      log(describeOutage(`restart ${i + 1}`, figures));
      restarts.push(figures);
    }
    const stopMs = (options.stopSeconds ?? 30) * 1000;
    const { figures: stop } = await runOutage(
      pg,
      await ensureApi(),
      { ...load, action: 'stop', downMs: stopMs },
      `bench-stop-${randomUUID().slice(0, 8)}`,
    );
    log(describeOutage(`stop ${stopMs / 1000} s`, stop));
    const doubled: string[] = [];
    const unanswered: string[] = [];
    const retries = options.idempotentRetries ?? 5;
    for (let i = 0; i < retries; i++) {
      const marker = `fault-bench-idem-${randomUUID().slice(0, 8)}`;
      const retry = await runIdempotentRetry(pg, await ensureApi(), {
        marker,
        key: `bench-${randomUUID()}`,
        crashAfterMs: i * 10,
      });
      log(`idempotent retry ${i + 1}: stored ${retry.stored}: ${retry.story}`);
      if (retry.stored > 1) doubled.push(marker);
      if (!retry.final.acknowledged) unanswered.push(marker);
    }
    return [
      ...outageRows(`restart ×${restarts.length}`, restarts, deadlineMs),
      ...outageRows(`stop ${stopMs / 1000} s`, [stop], deadlineMs),
      ...whileDownRows(`stop ${stopMs / 1000} s`, stop),
      {
        case: `idempotent retry through a crash ×${retries}`,
        figure: `${doubled.length} doubled, ${unanswered.length} never acknowledged`,
        target: '0 doubled, all acknowledged',
        pass: doubled.length === 0 && unanswered.length === 0,
      },
    ];
  } finally {
    await api?.stop();
    await pg.cleanup();
  }
}

function outageRows(name: string, runs: OutageFigures[], deadlineMs: number): BenchRow[] {
  const sum = (pick: (f: OutageFigures) => number) => runs.reduce((n, f) => n + pick(f), 0);
  const worst = (pick: (f: OutageFigures) => number) => Math.max(...runs.map(pick));
  const crashes = runs.filter((f) => f.apiExit).map((f) => f.apiExit);
  const back = runs.map((f) => f.backToFirst200Ms ?? Number.POSITIVE_INFINITY);
  const lost = sum((f) => f.writes.lost.length);
  const late = sum((f) => f.pastDeadline);
  const committedAfterFailure = sum((f) => f.writes.committedAfterFailure.length);
  return [
    {
      case: name,
      figure: crashes.length ? `died: ${crashes.join(', ')}` : 'kept running',
      target: 'the API process survives',
      pass: crashes.length === 0,
    },
    {
      case: name,
      figure: `acknowledged writes lost: ${lost} of ${sum((f) => f.writes.acknowledged)}`,
      target: '0',
      pass: lost === 0 && sum((f) => f.writes.auditMismatches.length) === 0,
    },
    {
      case: name,
      figure: `longest request: ${seconds(worst((f) => f.longestRequestMs))}`,
      target: `≤ deadline + 1 s (${seconds(deadlineMs + 1_000)})`,
      pass: worst((f) => f.longestRequestMs) <= deadlineMs + 1_000,
    },
    {
      case: name,
      figure: `requests past deadline + 1 s: ${late} of ${sum((f) => f.requests)}`,
      target: '0',
      pass: late === 0,
    },
    {
      case: name,
      figure: `/readyz worst latency: ${seconds(worst((f) => f.readyzWorstMs))}, wrong status ${sum((f) => f.readyzWrong)}`,
      target: '≤ 1 s, 503 while down',
      pass: sum((f) => f.readyzOver1s) === 0 && sum((f) => f.readyzWrong) === 0,
    },
    {
      case: name,
      figure: `DB back → first 200: ${back.map((ms) => (Number.isFinite(ms) ? seconds(ms) : 'never')).join(', ')}`,
      target: '≤ 1 s',
      pass: back.every((ms) => ms <= 1_000) && sum((f) => f.failedAfterBack) === 0,
    },
    {
      case: name,
      figure: `writes committed after their request failed: ${committedAfterFailure}`,
      target: '0',
      pass: committedAfterFailure === 0,
    },
  ];
}

function whileDownRows(name: string, f: OutageFigures): BenchRow[] {
  const proper = f.whileDown.requests - f.whileDown.notRefusedProperly;
  return [
    {
      case: name,
      figure: `answered 503 + Retry-After while down: ${proper} of ${f.whileDown.requests}, worst ${seconds(f.whileDown.worstMs)}`,
      target: 'all, each ≤ 1 s',
      pass: f.whileDown.requests > 0 && f.whileDown.notRefusedProperly === 0 && f.whileDown.worstMs <= 1_000,
    },
  ];
}
