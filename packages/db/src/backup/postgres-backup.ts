import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import {
  BackupError,
  type BackupManifest,
  extractPayload,
  readBackupManifest,
  writeBackupFile,
} from './backup-file';
import { checkRestore, type RestoreOptions } from './restore-guard';

/** libpq's view of a URL: the password moves to PGPASSWORD, out of the process list. */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv; location: string } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    dbname: u.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    location: `${u.hostname}:${u.port || 5432}${u.pathname}`,
  };
}

/** Runs one of PostgreSQL's client programs; its stderr becomes the error when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    child.once('error', (e) =>
      reject(
        new BackupError(
          `找不到 ${command}`,
          `cannot run ${command} (${e.message}); is PostgreSQL's client on PATH?`,
        ),
      ),
    );
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}: ${err.trim()}`)),
    );
  });
}

const withScratch = async <T>(use: (dir: string) => Promise<T>): Promise<T> => {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-backup-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * `pg_dump -Fc` of the whole database in a snapshot this connection exports, read in the same
 * snapshot as the data version recorded: concurrent writes are either wholly in both or in neither.
 */
export async function backupPostgres(url: string, file: string): Promise<BackupManifest> {
  const { dbname, env, location } = libpq(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await withScratch(async (dir) => {
      const payload = join(dir, 'dump');
      const dataVersion = await sql.begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx) => {
        const [snapshot] = await tx<{ id: string }[]>`SELECT pg_export_snapshot() AS id`;
        const [row] = await tx<{ version: number }[]>`
          SELECT coalesce((SELECT version::float8 FROM data_version), 0) AS version`;
        await run(
          'pg_dump',
          ['-Fc', `--snapshot=${snapshot?.id}`, `--file=${payload}`, `--dbname=${dbname}`],
          env,
        );
        return row?.version ?? 0;
      });
      return writeBackupFile(
        file,
        { format: 'pg_dump-custom', dataVersion, createdAt: new Date().toISOString(), source: location },
        payload,
      );
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Everything of ours in the database: the `drizzle` schema and every table, view, sequence, type
 * and routine in `public` that no extension owns. PostGIS and `spatial_ref_sys` stay, as they
 * belong to the server's superuser and are not the application's to replace.
 */
const DROP_OURS = `
DROP SCHEMA IF EXISTS drizzle CASCADE;
DO $$
DECLARE stmt text;
BEGIN
  FOR stmt IN SELECT unnest(array(
    SELECT format('DROP %s IF EXISTS %s CASCADE',
             CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
               WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
             c.oid::regclass)
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                          AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    SELECT format('DROP TYPE IF EXISTS %s CASCADE', t.oid::regtype)
      FROM pg_type t
     WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm')
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                          AND d.objid = t.oid AND d.deptype = 'e')
    UNION ALL
    SELECT format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure)
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')))
  LOOP
    EXECUTE stmt;
  END LOOP;
END $$;`;

/** Archive entries the restore leaves out: the extensions, their data, and the `public` schema itself. */
const NOT_OURS = /\b(EXTENSION|SCHEMA - public|TABLE DATA public spatial_ref_sys)\b/;

async function currentVersion(url: string): Promise<number | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [table] = await sql<{ present: boolean }[]>`
      SELECT to_regclass('public.data_version') IS NOT NULL AS present`;
    if (!table?.present) return null;
    const [row] = await sql<{ version: number }[]>`SELECT version::float8 AS version FROM data_version`;
    return row?.version ?? 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * The versions being replaced, read under a lock that holds off writers until the commit: the data
 * version, and the highest of the tables' own versions.
 */
const KEEP_PREVIOUS_VERSION = `
CREATE TEMP TABLE atlas_previous_version (version bigint) ON COMMIT DROP;
CREATE TEMP TABLE atlas_previous_table_version (version bigint) ON COMMIT DROP;
DO $$
BEGIN
  IF to_regclass('public.data_version') IS NOT NULL THEN
    LOCK TABLE public.data_version IN EXCLUSIVE MODE;
    INSERT INTO atlas_previous_version SELECT version FROM public.data_version;
  END IF;
  IF to_regclass('public.table_versions') IS NOT NULL THEN
    LOCK TABLE public.table_versions IN EXCLUSIVE MODE;
    INSERT INTO atlas_previous_table_version SELECT max(version) FROM public.table_versions;
  END IF;
END $$;`;

/**
 * After the restore, the data version moves past both the backup's and the one replaced, and every
 * table's version past any it has had: a running API's cached answers recorded the old versions, and
 * a restored table at a version it once had with other rows would make a stale answer look valid.
 */
const MOVE_VERSIONS_ON = (backupVersion: number) => `
UPDATE public.data_version SET version = greatest(${backupVersion},
         (SELECT max(version) + 1 FROM pg_temp.atlas_previous_version));
DO $$
BEGIN
  IF to_regclass('public.table_versions') IS NOT NULL THEN
    UPDATE public.table_versions SET version = 1 + greatest(
      (SELECT max(version) FROM public.table_versions),
      (SELECT max(version) FROM pg_temp.atlas_previous_table_version));
  END IF;
END $$;`;

/**
 * Replaces the database's contents with a `pg_dump` backup in one transaction (psql -1): readers
 * see the old data until the commit and the new after it, and a failure changes nothing.
 */
export async function restorePostgres(
  url: string,
  file: string,
  options: RestoreOptions = {},
): Promise<{ manifest: BackupManifest; dataVersion: number }> {
  const { manifest } = await readBackupManifest(file);
  const before = await currentVersion(url);
  checkRestore(manifest, 'pg_dump-custom', before, options);
  const { dbname, env } = libpq(url);
  await withScratch(async (dir) => {
    const payload = join(dir, 'dump');
    const list = join(dir, 'list');
    const script = join(dir, 'restore.sql');
    await extractPayload(file, payload);
    const entries = (await run('pg_restore', ['-l', payload], env)).split('\n');
    await writeFile(list, entries.filter((line) => !NOT_OURS.test(line)).join('\n'));
    await run('pg_restore', ['-L', list, '--no-owner', '--no-privileges', `--file=${script}`, payload], env);
    await run(
      'psql',
      [
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '--single-transaction',
        `--dbname=${dbname}`,
        '-c',
        KEEP_PREVIOUS_VERSION + DROP_OURS,
        '-f',
        script,
        '-c',
        MOVE_VERSIONS_ON(manifest.dataVersion),
      ],
      env,
    );
  });
  return { manifest, dataVersion: (await currentVersion(url)) ?? 0 };
}
