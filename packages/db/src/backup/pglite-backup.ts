import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { type AtlasDatabase, openDatabase } from '../client';
import { acquireDataDirLock, type DataDirLock, DataDirLockedError } from '../data-dir-lock';
import { selectRows } from '../rows';
import {
  BackupError,
  type BackupManifest,
  extractPayload,
  readBackupManifest,
  writeBackupFile,
} from './backup-file';
import { checkRestore, type RestoreOptions, versionAfterRestore } from './restore-guard';

/** The embedded database is backed up offline: a running API holds its directory. */
function offline(e: unknown): never {
  if (e instanceof DataDirLockedError)
    throw new BackupError(
      `嵌入式数据库只能在停止 API 后备份或恢复(PGlite 仅允许一个进程打开)`,
      `the embedded database is backed up and restored with the API stopped (one process alone may open PGlite): ${e.message}`,
    );
  throw e;
}

async function dataVersionOf(atlas: AtlasDatabase): Promise<number> {
  const [row] = await selectRows<{ version: number }>(
    atlas.db,
    sql`SELECT CASE WHEN to_regclass('public.data_version') IS NULL THEN 0
                    ELSE (SELECT version::float8 FROM data_version) END AS version`,
  );
  return row?.version ?? 0;
}

const hasDatabase = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

/**
 * PGlite's own dump of its data directory (tar.gz), taken while this process holds the
 * directory's lock, so no other process writes during it.
 */
export async function backupPglite(dataDir: string, file: string): Promise<BackupManifest> {
  if (!hasDatabase(dataDir))
    throw new BackupError(`${dataDir} 中没有数据库`, `there is no database in ${dataDir}`);
  const atlas = await openDatabase({ kind: 'pglite', dataDir }).catch(offline);
  const scratch = await mkdtemp(join(tmpdir(), 'atlas-backup-'));
  try {
    const dataVersion = await dataVersionOf(atlas);
    const dump = await atlas.pglite?.dumpDataDir('gzip');
    if (!dump) throw new Error('PGlite did not dump its data directory');
    const payload = join(scratch, 'datadir.tar.gz');
    await writeFile(payload, Buffer.from(await dump.arrayBuffer()));
    return await writeBackupFile(
      file,
      {
        format: 'pglite-datadir-tar-gzip',
        dataVersion,
        createdAt: new Date().toISOString(),
        source: resolve(dataDir),
      },
      payload,
    );
  } finally {
    await atlas.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function versionIn(dataDir: string, lock: DataDirLock): Promise<number | null> {
  if (!hasDatabase(dataDir)) return null;
  const atlas = await openDatabase({ kind: 'pglite', dataDir }, { dataDirLock: lock });
  try {
    return await dataVersionOf(atlas);
  } finally {
    await atlas.close();
  }
}

/**
 * Replaces the data directory with a backup's, under the directory's lock: the backup is unpacked
 * into a sibling directory and opened there first, then swapped in by renames, so a backup that
 * does not open leaves the current data untouched.
 */
export async function restorePglite(
  dataDir: string,
  file: string,
  options: RestoreOptions = {},
): Promise<{ manifest: BackupManifest; dataVersion: number }> {
  const target = resolve(dataDir);
  const { manifest } = await readBackupManifest(file);
  const lock = await acquireDataDirLock(target).catch(offline);
  const scratch = await mkdtemp(join(tmpdir(), 'atlas-restore-'));
  const staging = `${target}.restoring`;
  try {
    const before = await versionIn(target, lock);
    checkRestore(manifest, 'pglite-datadir-tar-gzip', before, options);
    const payload = join(scratch, 'datadir.tar.gz');
    await extractPayload(file, payload);
    await rm(staging, { recursive: true, force: true });
    const dataVersion = versionAfterRestore(manifest.dataVersion, before);
    const restored = await openDatabase({
      kind: 'pglite',
      dataDir: staging,
      loadDataDir: new Blob([await readFile(payload)]),
    });
    try {
      await restored.db.execute(sql`UPDATE data_version SET version = ${dataVersion}`);
    } finally {
      await restored.close();
    }
    await swapIn(staging, target);
    return { manifest, dataVersion };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
    await lock.release();
  }
}

async function swapIn(staging: string, target: string): Promise<void> {
  const replaced = `${target}.replaced`;
  await rm(replaced, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, replaced);
  await rename(staging, target);
  await rm(replaced, { recursive: true, force: true });
}
