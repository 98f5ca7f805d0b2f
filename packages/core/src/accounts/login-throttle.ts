import { type AtlasDb, schema } from '@atlas/db';
import { eq, inArray } from 'drizzle-orm';
import { AtlasError } from '../errors';

const { loginFailures } = schema;

/** Failures allowed before each further attempt must wait. */
export const FREE_FAILURES = 5;
/** The longest wait, however many failures: 15 minutes. */
export const MAX_WAIT_SECONDS = 15 * 60;
/** Failures older than this are forgotten: the count starts again. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The keys one sign-in is counted under: the account named and the address it came from, so
 * neither guessing one account's password from many addresses nor many accounts' from one address
 * goes unchecked. A name too long to be a username is cut; it can match no account anyway.
 */
export function throttleKeys(username: string, address: string | null): string[] {
  const keys = [`user:${username.toLowerCase().slice(0, 64)}`];
  if (address) keys.push(`address:${address}`);
  return keys;
}

/**
 * The wait after `failures` failures: none up to {@link FREE_FAILURES}, then 2^(n−5) seconds,
 * at most {@link MAX_WAIT_SECONDS}.
 *
 * @example
 * waitAfter(5); // 1
 * waitAfter(7); // 4
 */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS);
}

/**
 * Refuses TOO_MANY_ATTEMPTS, with the seconds to wait, while any key is locked. Asked before the
 * password is checked, so a locked account refuses even the right password.
 */
export async function requireNotThrottled(db: AtlasDb, keys: string[], now = new Date()): Promise<void> {
  const rows = await db.select().from(loginFailures).where(inArray(loginFailures.key, keys));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  if (until <= now.getTime()) return;
  const retryAfterSeconds = Math.ceil((until - now.getTime()) / 1000);
  throw new AtlasError(
    'TOO_MANY_ATTEMPTS',
    `登录失败次数过多,请 ${retryAfterSeconds} 秒后再试 / Too many failed sign-ins: try again in ${retryAfterSeconds} s`,
    { retryAfterSeconds },
  );
}

/** Counts one failure under each key and locks it for {@link waitAfter} the new count. */
export async function recordLoginFailure(db: AtlasDb, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const [row] = await db.select().from(loginFailures).where(eq(loginFailures.key, key)).for('update');
    const fresh = row && now.getTime() - row.lastFailureAt.getTime() < FORGET_AFTER_MS;
    const failures = (fresh ? row.failures : 0) + 1;
    const wait = waitAfter(failures);
    const values = {
      failures,
      lastFailureAt: now,
      lockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
    };
    if (row) await db.update(loginFailures).set(values).where(eq(loginFailures.key, key));
    else await db.insert(loginFailures).values({ key, ...values });
  }
}

/** Forgets the failures under a key (the account's, after a successful sign-in). */
export async function clearLoginFailures(db: AtlasDb, key: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}
