import { type AtlasDatabase, type DataVersions, readDataVersions } from '@atlas/db';

export type { DataVersions } from '@atlas/db';

/** Where the server learns the data versions that key its response cache. */
export interface DataVersionSource {
  current(): Promise<DataVersions>;
  /** Called after any request that may have written. */
  afterWrite(): Promise<void>;
}

/**
 * PostgreSQL may be written by other processes (a seed, a second API, psql), so its versions are
 * read on every request, in one statement. An embedded PGlite directory is open in this process
 * alone, so its versions only change through this process's writes: they are read once and again
 * after each write, which spares every cached answer a round trip.
 */
export function dataVersionSource(atlas: AtlasDatabase): DataVersionSource {
  if (atlas.target === 'postgres') {
    return { current: () => readDataVersions(atlas.db), afterWrite: async () => {} };
  }
  let known: Promise<DataVersions> | null = null;
  return {
    current: () => {
      known ??= readDataVersions(atlas.db);
      return known;
    },
    afterWrite: async () => {
      known = readDataVersions(atlas.db);
      await known;
    },
  };
}
