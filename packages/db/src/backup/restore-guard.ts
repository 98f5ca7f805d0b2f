import { BackupError, type BackupFormat, type BackupManifest } from './backup-file';

export interface RestoreOptions {
  /** Restore even over data newer than the backup (a higher `data_version`). */
  force?: boolean;
}

/** Refuses a backup of the other database kind, or one older than what it would replace. */
export function checkRestore(
  manifest: BackupManifest,
  expected: BackupFormat,
  currentVersion: number | null,
  options: RestoreOptions,
): void {
  if (manifest.format !== expected)
    throw new BackupError(
      `备份格式为 ${manifest.format},而目标数据库需要 ${expected}`,
      `the backup is ${manifest.format} but this database needs ${expected}; restore it into the kind of database it came from`,
    );
  if (currentVersion !== null && manifest.dataVersion < currentVersion && !options.force)
    throw new BackupError(
      `备份的数据版本 ${manifest.dataVersion} 早于当前数据版本 ${currentVersion},拒绝覆盖较新的数据(确需恢复请加 --force)`,
      `the backup's data version ${manifest.dataVersion} is older than the database's current ${currentVersion}; refusing to overwrite newer data (add --force to restore it anyway)`,
    );
}

/**
 * The data version after a restore: the backup's, unless that would not move past the version
 * it replaced. Caches are keyed on the version, so it must never return to one they have seen.
 */
export const versionAfterRestore = (backup: number, current: number | null) =>
  current === null || backup > current ? backup : current + 1;
