import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type AtlasDatabase, type OpenOptions, openDatabase } from '../client';
import { type TestTemplate, withDatabaseName } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    atlasTestTemplate: TestTemplate;
  }
}

/**
 * A fresh, migrated, empty database of its own for one test file, copied from the run's template:
 * an in-memory PGlite, or a new PostgreSQL database dropped again on close.
 */
export async function openTestDatabase(options: OpenOptions = {}): Promise<AtlasDatabase> {
  const template = inject('atlasTestTemplate');
  if (template.kind === 'pglite') {
    const loadDataDir = new Blob([await readFile(template.file)]);
    return openDatabase({ kind: 'pglite', loadDataDir }, options);
  }
  const name = `atlas_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(template.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
  const atlas = await openDatabase(
    { kind: 'postgres', url: withDatabaseName(template.url, name), max: 4 },
    options,
  );
  return {
    ...atlas,
    close: async () => {
      await atlas.close();
      const drop = () => admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      // A background session can hold the database for a moment after the test's own are gone.
      await drop().catch(() => new Promise((resolve) => setTimeout(resolve, 1_000)).then(drop));
      await admin.end();
    },
  };
}
