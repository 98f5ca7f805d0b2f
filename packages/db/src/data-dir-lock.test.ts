import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockFileFor } from './data-dir-lock';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'atlas-lock-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A pid that was alive a moment ago and is not now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid as number;
}

const staleLock = (dataDir: string, pid: number, host = hostname()) =>
  writeFile(
    lockFileFor(dataDir),
    JSON.stringify({ pid, host, startedAt: '2024-01-01T00:00:00.000Z', processStart: null, dataDir }),
  );

describe('the data directory lock', () => {
  it('lets one holder in, names it to the next, and lets the next in once released', async () => {
    const dir = join(scratch, 'one');
    const lock = await acquireDataDirLock(dir);
    const refusal = await acquireDataDirLock(dir).catch((e: Error) => e);
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toContain(`pid ${process.pid}`);
    expect((refusal as Error).message).toContain(dir);
    await lock.release();
    expect(existsSync(lockFileFor(dir))).toBe(false);
    await (await acquireDataDirLock(dir)).release();
  });

  it('takes over a lock whose process is gone, and only one of many racing for it wins', async () => {
    const dir = join(scratch, 'stale');
    await staleLock(dir, await deadPid());
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => acquireDataDirLock(dir)));
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(JSON.parse(await readFile(lockFileFor(dir), 'utf8')).pid).toBe(process.pid);
    for (const o of won) await o.value.release();
  });

  it('refuses a lock held on another host, whose process it cannot check', async () => {
    const dir = join(scratch, 'remote');
    await staleLock(dir, await deadPid(), 'another-host');
    await expect(acquireDataDirLock(dir)).rejects.toThrow(/another host.*another-host/);
  });

  it('does not remove a lock that another process took after this one lost it', async () => {
    const dir = join(scratch, 'lost');
    const lock = await acquireDataDirLock(dir);
    await staleLock(dir, 1);
    await lock.release();
    expect(JSON.parse(await readFile(lockFileFor(dir), 'utf8')).pid).toBe(1);
  });
});

interface Run {
  code: number | null;
  output: string;
}

function start(
  script: string,
  dataDir: string,
): { child: ChildProcess; output: () => string; exit: Promise<Run> } {
  // node itself, not tsx's wrapper, so the pid the lock names is the process the test kills.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: '', ATLAS_DATA_DIR: dataDir },
  });
  let output = '';
  child.stdout?.on('data', (b) => (output += b));
  child.stderr?.on('data', (b) => (output += b));
  const exit = new Promise<Run>((r) => child.once('exit', (code) => r({ code, output })));
  return { child, output: () => output, exit };
}

async function untilHolding(run: ReturnType<typeof start>): Promise<void> {
  const stopped = run.exit.then((r) => {
    throw new Error(`the holder exited (${r.code}): ${r.output}`);
  });
  const holding = (async () => {
    while (!run.output().includes('holding')) await new Promise((r) => setTimeout(r, 100));
  })();
  await Promise.race([holding, stopped]);
}

// Real processes on PGlite: the embedded pass of CI runs them (DATABASE_URL unset); the PostgreSQL
// pass would only repeat them.
describe.skipIf(Boolean(process.env.DATABASE_URL))('two processes on one embedded database', () => {
  it('refuses the second, and after the first is killed outright the next one takes over', async () => {
    const dir = join(scratch, 'pglite');
    const first = start('src/testing/hold-database.ts', dir);
    await untilHolding(first);

    const second = await start('src/cli/migrate.ts', dir).exit;
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`pid ${first.child.pid}`);
    expect(second.output).toContain(dir);
    expect(second.output).toMatch(/正被另一进程使用.* \/ .*in use by another process/);

    first.child.kill('SIGKILL');
    await first.exit;
    expect(existsSync(lockFileFor(dir))).toBe(true);

    // The directory persists, so this start reopens it in seconds; the stale lock is taken over.
    const third = start('src/testing/hold-database.ts', dir);
    await untilHolding(third);
    expect(JSON.parse(await readFile(lockFileFor(dir), 'utf8')).pid).toBe(third.child.pid);
    third.child.kill('SIGTERM');
    expect((await third.exit).code).toBe(0);
    expect(existsSync(lockFileFor(dir))).toBe(false);
  }, 120_000);
});
