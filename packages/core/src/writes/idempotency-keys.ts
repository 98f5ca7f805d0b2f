import { type AtlasDb, driverErrorOf, schema } from '@atlas/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { AtlasError, badInput } from '../errors';

/** 1–200 visible ASCII characters: a UUID, a ULID or a client's own scheme all fit. */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** How long a key is remembered: far beyond any client's retries. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** One client's name for one write, and the request it named. */
export interface IdempotentRequest {
  readonly actor: string;
  readonly key: string;
  /** SHA-256 of the request, so the same key with another body is caught. */
  readonly requestHash: string;
}

/** The answer the first request with a key was given. */
export interface EarlierAnswer {
  readonly status: number;
  readonly body: string;
}

/** The same key was sent before with a different request: a client's bug, never silently replayed. */
export class IdempotencyKeyReused extends AtlasError {
  constructor(key: string) {
    super(
      'BAD_INPUT',
      `幂等键 ${key} 已用于另一个请求 / Idempotency-Key ${key} was already used for a different request`,
      { reason: 'IDEMPOTENCY_KEY_REUSED' },
    );
  }
}

/** A request with the same key is still running: retry once it has answered (IETF idempotency-key draft: 409). */
export class IdempotencyKeyInFlight extends AtlasError {
  constructor(key: string) {
    super(
      'BAD_INPUT',
      `幂等键 ${key} 的前一个请求仍在处理,请稍后重试 / A request with Idempotency-Key ${key} is still running; retry shortly`,
      { reason: 'IDEMPOTENCY_KEY_IN_FLIGHT' },
    );
  }
}

/** How long a claim waits for another transaction holding the same key before answering "in flight". */
const CLAIM_WAIT_MS = 200;

/** The key as sent, or BAD_INPUT when it is not 1–200 visible ASCII characters. */
export function checkedIdempotencyKey(key: string): string {
  if (!KEY_PATTERN.test(key))
    throw badInput(
      '幂等键须为 1–200 个可见 ASCII 字符 / Idempotency-Key must be 1–200 visible ASCII characters',
    );
  return key;
}

/**
 * Claims a key inside the write's transaction. Null means this request is the first: go on and
 * write, then {@link recordIdempotentAnswer}. Otherwise the earlier request committed, and its
 * answer is returned instead of writing again. A concurrent request with the same key finds the
 * primary key held by the first's transaction and is refused as in flight, so the two can never
 * both write.
 */
export async function claimIdempotencyKey(
  tx: AtlasDb,
  request: IdempotentRequest,
): Promise<EarlierAnswer | null> {
  const { idempotencyKeys: keys } = schema;
  await tx
    .delete(keys)
    .where(lt(keys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`));
  // A second request with a key whose first is still running would wait on the primary key for
  // as long as the first runs; it is told so at once instead.
  await tx.execute(sql.raw(`SET LOCAL lock_timeout = ${CLAIM_WAIT_MS}`));
  const claimed = await tx
    .insert(keys)
    .values({ ...request, status: 0, response: '' })
    .onConflictDoNothing()
    .returning({ key: keys.key })
    .catch((error: unknown) => {
      // 55P03, lock_not_available: the first request holds the key.
      throw driverErrorOf(error)?.code === '55P03' ? new IdempotencyKeyInFlight(request.key) : error;
    });
  await tx.execute(sql.raw('SET LOCAL lock_timeout = DEFAULT'));
  if (claimed.length > 0) return null;
  const [earlier] = await tx
    .select()
    .from(keys)
    .where(and(eq(keys.actor, request.actor), eq(keys.key, request.key)));
  if (!earlier) throw new Error('idempotency key vanished between insert and select');
  if (earlier.requestHash !== request.requestHash) throw new IdempotencyKeyReused(request.key);
  return { status: earlier.status, body: earlier.response };
}

/** Keeps the answer of the request that claimed the key, in the same transaction as its write. */
export async function recordIdempotentAnswer(
  tx: AtlasDb,
  request: IdempotentRequest,
  answer: EarlierAnswer,
): Promise<void> {
  const { idempotencyKeys: keys } = schema;
  await tx
    .update(keys)
    .set({ status: answer.status, response: answer.body })
    .where(and(eq(keys.actor, request.actor), eq(keys.key, request.key)));
}
