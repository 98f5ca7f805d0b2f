import {
  claimIdempotencyKey,
  type EarlierAnswer,
  type IdempotentRequest,
  recordIdempotentAnswer,
} from '@atlas/core';
import { type AtlasDb, isDatabaseUnavailable } from '@atlas/db';
import type { Deadline } from './deadline';
import { currentRequest } from './request-scope';

export interface WriteAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A write answered with an error the server caused: its transaction was rolled back. */
export class WriteRolledBack extends Error {
  constructor(readonly answer: WriteAnswer) {
    super('write rolled back after a server-side error');
  }
}

/**
 * Runs a GraphQL mutation request in one transaction: each verb's own transaction becomes a
 * savepoint in it, so the request commits whole or not at all. Within it the idempotency key is
 * claimed (a replay returns the first answer, written nothing), and the deadline is checked last:
 * a request that ran out of time is rolled back, never committed after its client was told it failed.
 */
export async function inWriteTransaction(
  db: AtlasDb,
  options: {
    readonly deadline: Deadline;
    readonly idempotency: IdempotentRequest | null;
    readonly execute: (tx: AtlasDb) => Promise<WriteAnswer>;
    /** Asked after a connection failed at BEGIN: true when the database answers again. */
    readonly backAgain?: () => Promise<boolean>;
  },
): Promise<{ answer: WriteAnswer | EarlierAnswer; replayed: boolean }> {
  const { deadline, idempotency, execute } = options;
  const replay: { earlier: EarlierAnswer | null } = { earlier: null };
  const attempt = (onBegun: () => void) =>
    db.transaction(async (tx) => {
      onBegun();
      if (idempotency) {
        replay.earlier = await claimIdempotencyKey(tx, idempotency);
        if (replay.earlier) return null;
      }
      const answer = await execute(tx);
      const scope = currentRequest();
      // On PostgreSQL a failed statement outside a savepoint would make COMMIT a silent rollback;
      // an error of the server's own or an unreachable database therefore rolls back explicitly.
      if (scope?.internalError || scope?.databaseUnavailable) throw new WriteRolledBack(answer);
      if (idempotency) await recordIdempotentAnswer(tx, idempotency, answer);
      deadline.enterCommit();
      return answer;
    });
  let begun = false;
  const answer = await attempt(() => {
    begun = true;
  }).catch(async (error: unknown) => {
    // A pooled connection the server closed while idle (a restart) fails at BEGIN though the
    // database is back. Nothing ran, so it is safe to begin once more on a fresh connection.
    if (begun || !isDatabaseUnavailable(error)) throw error;
    if (!((await options.backAgain?.()) ?? true)) throw error;
    return attempt(() => {});
  });
  if (replay.earlier) return { answer: replay.earlier, replayed: true };
  return { answer: answer as WriteAnswer, replayed: false };
}
