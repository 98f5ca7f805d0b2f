import { schema } from '@atlas/db';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { AtlasError } from '../errors';
import { clearLoginFailures, recordLoginFailure, requireNotThrottled, throttleKeys } from './login-throttle';
import { decoyHash, verifyPassword } from './password-hash';
import { type NewSession, startSession } from './sessions';
import type { UserRow } from './users';

const { users } = schema;

export interface LoginRequest {
  readonly username: string;
  readonly password: string;
  /** The client's address, for the per-address throttle; null when unknown. */
  readonly address: string | null;
  readonly sessionHours: number;
}

/** One refusal for every failure, so an answer never says whether the account exists. */
const refused = () =>
  new AtlasError(
    'UNAUTHENTICATED',
    '用户名或密码不正确,或账号已停用 / Wrong username or password, or the account is disabled',
  );

/**
 * Signs a user in: refused TOO_MANY_ATTEMPTS while the account or the address is throttled (even
 * with the right password), UNAUTHENTICATED alike for an unknown user, a wrong password or a
 * disabled account (each counted as a failure); else a new session, and the account's failures
 * forgotten. An unknown user's attempt costs one scrypt like a known one's.
 *
 * Failures are recorded in `ctx.db` itself, not in a transaction of the verb's own: the refusal is
 * thrown after them, and a savepoint would roll them back with it.
 *
 * @example
 * const { session, user } = await login(ctx, { username: 'planner', password: '…', address: '10.0.0.7', sessionHours: 12 });
 */
export async function login(
  ctx: CoreContext,
  request: LoginRequest,
): Promise<{ session: NewSession; user: UserRow }> {
  const keys = throttleKeys(request.username, request.address);
  await requireNotThrottled(ctx.db, keys);
  const [found] = await ctx.db.select().from(users).where(eq(users.username, request.username));
  const matches = await verifyPassword(request.password, found?.passwordHash ?? (await decoyHash()));
  if (!found || !matches || found.disabled) {
    await recordLoginFailure(ctx.db, keys);
    throw refused();
  }
  await clearLoginFailures(ctx.db, keys[0] as string);
  const session = await startSession(ctx.db, found.id, request.sessionHours);
  const { passwordHash: _hash, ...user } = found;
  return { session, user };
}
