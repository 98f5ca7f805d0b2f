import type { AtlasDb } from '@atlas/db';
import type { Actor } from './actor';

/** What every domain verb receives: the database (or a transaction) and who is asking. */
export interface CoreContext {
  readonly db: AtlasDb;
  readonly actor: Actor;
}
