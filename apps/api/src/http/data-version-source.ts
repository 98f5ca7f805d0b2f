import { type AtlasDatabase, readDataVersion } from '@atlas/db';

/** Where the server learns the data version that keys its response cache. */
export interface DataVersionSource {
  current(): Promise<number>;
  /** Called after any request that may have written. */
  afterWrite(): Promise<void>;
}

/**
 * PostgreSQL may be written by other processes (a seed, a second API), so its version is read on
 * every request. An embedded PGlite directory is open in this process alone, so its version only
 * changes through this process's writes: it is read once and again after each write, which spares
 * every cached answer a round trip.
 */
export function dataVersionSource(atlas: AtlasDatabase): DataVersionSource {
  if (atlas.target === 'postgres') {
    return { current: () => readDataVersion(atlas.db), afterWrite: async () => {} };
  }
  let known: Promise<number> | null = null;
  return {
    current: () => {
      known ??= readDataVersion(atlas.db);
      return known;
    },
    afterWrite: async () => {
      known = readDataVersion(atlas.db);
      await known;
    },
  };
}
