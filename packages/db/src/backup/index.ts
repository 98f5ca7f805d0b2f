import type { DatabaseTarget } from '../client';
import type { BackupManifest } from './backup-file';
import { backupPglite, restorePglite } from './pglite-backup';
import { backupPostgres, restorePostgres } from './postgres-backup';
import type { RestoreOptions } from './restore-guard';

export { BackupError, type BackupFormat, type BackupManifest, readBackupManifest } from './backup-file';
export type { RestoreOptions } from './restore-guard';

/**
 * Backs up the database a target names into one file: `pg_dump -Fc` for PostgreSQL, PGlite's
 * data directory for the embedded database (which must not be open elsewhere).
 *
 * @example
 * const manifest = await backupDatabase(targetFromEnv(readDbEnv()), 'atlas.backup');
 */
export function backupDatabase(target: DatabaseTarget, file: string): Promise<BackupManifest> {
  if (target.kind === 'postgres') return backupPostgres(target.url, file);
  if (!target.dataDir) throw new Error('an in-memory database has nothing to back up');
  return backupPglite(target.dataDir, file);
}

/**
 * Replaces the database's contents with a backup's, refusing one older than the data it would
 * replace unless `force`. Returns the data version after the restore.
 */
export function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: RestoreOptions = {},
): Promise<{ manifest: BackupManifest; dataVersion: number }> {
  if (target.kind === 'postgres') return restorePostgres(target.url, file, options);
  if (!target.dataDir) throw new Error('an in-memory database cannot be restored into');
  return restorePglite(target.dataDir, file, options);
}
