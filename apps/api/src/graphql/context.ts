import type { Actor, Loaders } from '@atlas/core';
import type { AtlasDb } from '@atlas/db';
import type { GeometryCache } from './geometry-cache';

/** Per request: the database, the caller, batching loaders, and the data version the answer is for. */
export interface ApiContext {
  readonly db: AtlasDb;
  readonly actor: Actor;
  readonly loaders: Loaders;
  readonly geometries: GeometryCache;
  readonly dataVersion: () => Promise<number>;
  readonly requestId: string;
}
