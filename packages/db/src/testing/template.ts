import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../client';
import { MIGRATIONS_FOLDER, migrate } from '../migrate';

/** A migrated, empty database that each test file copies, so no file waits for PGlite's first start. */
export type TestTemplate =
  | { kind: 'pglite'; file: string }
  | { kind: 'postgres'; url: string; template: string };

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(MIGRATIONS_FOLDER)).sort()) {
    if (name.endsWith('.sql')) hash.update(name).update(await readFile(join(MIGRATIONS_FOLDER, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Dumps a migrated PGlite data directory to a tarball, reused while the migrations are unchanged. */
async function pgliteTemplate(): Promise<TestTemplate> {
  const file = join(tmpdir(), `atlas-pglite-template-${await migrationsHash()}.tar`);
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const atlas = await openDatabase({ kind: 'pglite' });
    await migrate(atlas);
    const dump = await atlas.pglite?.dumpDataDir('none');
    if (!dump) throw new Error('PGlite did not dump its data directory');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    await atlas.close();
  }
  return { kind: 'pglite', file };
}

/** Creates `<db>_test_template` on the server, migrated, for CREATE DATABASE … TEMPLATE. */
async function postgresTemplate(url: string): Promise<TestTemplate> {
  const template = `${new URL(url).pathname.slice(1) || 'atlas'}_test_template`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = withDatabaseName(url, template);
  const atlas = await openDatabase({ kind: 'postgres', url: templateUrl, max: 1 });
  await migrate(atlas);
  await atlas.close();
  return { kind: 'postgres', url, template };
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Builds the template for the database the environment names (DATABASE_URL set: PostgreSQL). */
export function createTestTemplate(databaseUrl: string | undefined): Promise<TestTemplate> {
  return databaseUrl ? postgresTemplate(databaseUrl) : pgliteTemplate();
}
