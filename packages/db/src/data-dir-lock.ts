import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

/** Who holds a data directory: what its lock file says. */
export interface DataDirLockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ISO 8601). */
  startedAt: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid from its owner. */
  processStart: string | null;
  dataDir: string;
}

/** An exclusive hold on a PGlite data directory, for as long as this process keeps it. */
export interface DataDirLock {
  readonly dataDir: string;
  readonly file: string;
  readonly owner: DataDirLockOwner;
  /** Removes the lock file if it is still this process's; safe to call twice. */
  release(): Promise<void>;
}

/** Another live process holds the directory, or its holder cannot be checked from here. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: DataDirLockOwner,
    reason: 'live' | 'other-host' | 'this-process',
  ) {
    const who = `pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}`;
    const zh = {
      live: `数据目录 ${dataDir} 正被另一进程使用(${who});请先停止它(如正在运行的 API)`,
      'other-host': `数据目录 ${dataDir} 被另一台主机上的进程锁定(${who});无法从本机判断它是否仍在运行`,
      'this-process': `数据目录 ${dataDir} 已被本进程打开(${who})`,
    }[reason];
    const en = {
      live: `the data directory ${dataDir} is in use by another process (${who}); stop it first (e.g. a running API)`,
      'other-host': `the data directory ${dataDir} is locked by a process on another host (${who}); whether it still runs cannot be checked from here`,
      'this-process': `the data directory ${dataDir} is already open in this process (${who})`,
    }[reason];
    super(`${zh} / ${en}. Lock file: ${lockFileFor(dataDir)}`);
    this.name = 'DataDirLockedError';
  }
}

/** The lock sits beside the directory, not in it: PGlite owns the directory's contents (and its dumps). */
export const lockFileFor = (dataDir: string) => `${resolve(dataDir)}.lock`;

/** The 22nd field of /proc/<pid>/stat: the process's start time, or null off Linux or when gone. */
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after it do not.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: DataDirLockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    // EPERM: the pid exists but belongs to another user, so it is alive.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  // The pid may have been reused by an unrelated process since the owner died.
  const now = processStartOf(owner.pid);
  return !(owner.processStart && now && now !== owner.processStart);
}

/** Writes the owner to a private file, then links it into place: atomic, and never seen half-written. */
async function createLockFile(file: string, content: string): Promise<boolean> {
  const staging = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(staging, content, { flag: 'wx' });
  try {
    await link(staging, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(staging).catch(() => {});
  }
}

const readText = (file: string) =>
  readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });

function parseOwner(text: string): DataDirLockOwner | null {
  try {
    const owner = JSON.parse(text) as DataDirLockOwner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Replaces a stale lock file, if it is still the same stale file, under a short-lived guard file,
 * so two processes that both found it stale cannot each remove the other's fresh lock.
 */
async function takeOver(file: string, staleText: string, content: string): Promise<boolean> {
  const guard = `${file}.takeover`;
  const handle = await open(guard, 'wx').catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
    // A guard is held for milliseconds; an old one was left by a process killed mid-takeover.
    const age = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > 10_000) await unlink(guard).catch(() => {});
    return null;
  });
  if (!handle) return false;
  try {
    await handle.close();
    if ((await readText(file)) !== staleText) return false;
    await unlink(file);
    return await createLockFile(file, content);
  } finally {
    await unlink(guard).catch(() => {});
  }
}

/**
 * Takes the data directory for this process alone, or throws `DataDirLockedError` naming the
 * holder. A lock whose process is gone (killed, crashed) on this host is taken over. The lock is
 * released by `release()` and, failing that, when the process exits normally.
 *
 * @example
 * const lock = await acquireDataDirLock('.data/pglite');
 * try { … } finally { await lock.release(); }
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const file = lockFileFor(dir);
  await mkdir(dirname(file), { recursive: true });
  const owner: DataDirLockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    processStart: processStartOf(process.pid),
    dataDir: dir,
  };
  const content = `${JSON.stringify(owner, null, 2)}\n`;
  for (let attempt = 0; ; attempt++) {
    if (await createLockFile(file, content)) return holding(dir, file, owner, content);
    const text = await readText(file);
    if (text === null) continue;
    const holder = parseOwner(text);
    // Unreadable content is not ours to judge; only a named, dead holder is taken over.
    if (!holder)
      throw new Error(`锁文件无法读取 / unreadable lock file: ${file}; remove it if no process uses ${dir}`);
    if (holder.host !== owner.host) throw new DataDirLockedError(dir, holder, 'other-host');
    if (holder.pid === process.pid) throw new DataDirLockedError(dir, holder, 'this-process');
    if (isAlive(holder)) throw new DataDirLockedError(dir, holder, 'live');
    if (await takeOver(file, text, content)) return holding(dir, file, owner, content);
    if (attempt > 50) throw new Error(`could not take over the stale lock ${file}`);
    await sleep(20 + Math.random() * 30);
  }
}

function holding(dataDir: string, file: string, owner: DataDirLockOwner, content: string): DataDirLock {
  const ours = () => {
    try {
      return readFileSync(file, 'utf8') === content;
    } catch {
      return false;
    }
  };
  const releaseSync = () => {
    process.off('exit', releaseSync);
    if (ours()) unlinkSync(file);
  };
  // Signals end a process without 'exit'; close() on the SIGINT/SIGTERM path releases instead,
  // and a process killed outright leaves a stale lock that the next start takes over.
  process.on('exit', releaseSync);
  return { dataDir, file, owner, release: async () => releaseSync() };
}
