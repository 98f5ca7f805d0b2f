import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startLocalCluster } from '../cluster/local-cluster';
import { PASSIVE_HEALTH } from '../cluster/nginx';
import { answeredBy, percentile, readUnderLoad } from '../cluster/read-load';

/** One line of a fault bench's table. */
export interface FaultFigure {
  case: string;
  figure: string;
  target: string;
  pass: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const READERS = 4;
const BEFORE_KILL_MS = 3_000;
const DOWN_MS = 3_000;
const P99_TARGET_MS = 1_000;
/** nginx tries a replica again once fail_timeout has passed; a second more for traffic to reach it. */
const READMIT_TARGET_MS = PASSIVE_HEALTH.failTimeoutSeconds * 1_000 + 1_000;

/**
 * Reads through nginx (4 readers, each read new to the response cache) while one of two API
 * replicas is killed with SIGKILL and, 3 s later, started again: how many reads failed, their
 * p99 latency before and around the kill, and how long after the restarted replica was ready
 * nginx sent it reads again. PostgreSQL (DATABASE_URL, else the setup script's server), with a
 * database of its own; part of `pnpm bench:faults`, or on its own:
 * `pnpm --filter @atlas/tests exec tsx bench/replica-failover.ts`.
 */
export async function measureReplicaFailover(): Promise<FaultFigure[]> {
  const cluster = await startLocalCluster({ web: false, replicas: 2 });
  try {
    const victim = cluster.replicas[1];
    if (!victim) throw new Error('two replicas expected');
    const victimAddress = `127.0.0.1:${victim.port}`;
    // Untimed: each replica's first reads load code and fill its pools.
    await readUnderLoad(cluster.url, READERS, 2_000);
    const started = performance.now();
    let killedAt = Number.NaN;
    let readyAt = Number.NaN;
    let readmittedAt = Number.NaN;
    const chaos = (async () => {
      await sleep(BEFORE_KILL_MS);
      killedAt = performance.now();
      await victim.kill('SIGKILL');
      await sleep(DOWN_MS);
      await victim.start();
      readyAt = performance.now();
    })();
    const records = await readUnderLoad(cluster.url, READERS, 60_000, (sofar) => {
      if (!Number.isFinite(readyAt)) return false;
      const back = sofar.find((r) => r.sentAt > readyAt && answeredBy(r) === victimAddress);
      if (back) readmittedAt = back.sentAt;
      return back !== undefined;
    });
    await chaos;

    const failed = records.filter((r) => !r.ok);
    const before = records.filter((r) => r.sentAt < killedAt).map((r) => r.ms);
    const around = records.filter((r) => r.sentAt >= killedAt - 500 && r.sentAt < killedAt + 2_000);
    const retried = records.filter((r) => r.upstream.includes(','));
    const readmitMs = readmittedAt - readyAt;
    const p99Before = percentile(before, 99);
    const p99Around = percentile(
      around.map((r) => r.ms),
      99,
    );
    const seconds = ((performance.now() - started) / 1_000).toFixed(0);
    return [
      {
        case: `failed reads, ${READERS} readers over ${seconds} s, one of 2 replicas SIGKILLed then restarted`,
        figure: `${failed.length} of ${records.length} (${retried.length} sent again by nginx)`,
        target: '0',
        pass: failed.length === 0,
      },
      {
        case: 'read p99 before the kill',
        figure: `${p99Before.toFixed(0)} ms`,
        target: `≤ ${P99_TARGET_MS} ms`,
        pass: p99Before <= P99_TARGET_MS,
      },
      {
        case: 'read p99 from 0.5 s before to 2 s after the kill',
        figure: `${p99Around.toFixed(0)} ms (${around.length} reads)`,
        target: `≤ ${P99_TARGET_MS} ms`,
        pass: p99Around <= P99_TARGET_MS,
      },
      {
        case: 'restarted replica ready → nginx sends it reads again',
        figure: Number.isFinite(readmitMs) ? `${(readmitMs / 1_000).toFixed(1)} s` : 'never',
        target: `≤ ${READMIT_TARGET_MS / 1_000} s (fail_timeout ${PASSIVE_HEALTH.failTimeoutSeconds} s + 1 s)`,
        pass: readmitMs <= READMIT_TARGET_MS,
      },
    ];
  } finally {
    await cluster.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureReplicaFailover();
  for (const f of figures)
    console.log(`${f.pass ? 'PASS' : 'FAIL'}  ${f.case}: ${f.figure} (target ${f.target})`);
  process.exit(figures.every((f) => f.pass) ? 0 : 1);
}
