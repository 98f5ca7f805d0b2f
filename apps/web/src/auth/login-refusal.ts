import type { ApiError } from '../graphql/request';

/** Why a sign-in failed, in the words the login page says it with. */
export type LoginRefusal =
  | { readonly kind: 'wrongPassword' }
  /** Too many attempts; `waitSeconds` when the API says how long (null: it did not). */
  | { readonly kind: 'throttled'; readonly waitSeconds: number | null }
  | { readonly kind: 'other'; readonly message: string };

// Where the API may put the wait: its own details, or the standard header's name.
const WAIT_DETAILS = ['retryAfterSeconds', 'waitSeconds', 'retryAfter'];

function waitOf(error: ApiError, retryAfterHeader: string | null): number | null {
  for (const key of WAIT_DETAILS) {
    const value = Number(error.extensions?.[key]);
    if (Number.isFinite(value) && value > 0) return Math.ceil(value);
  }
  const header = Number(retryAfterHeader);
  return Number.isFinite(header) && header > 0 ? Math.ceil(header) : null;
}

/**
 * What the login page should say about the API's refusal of a `login`. The API words an unknown
 * user, a wrong password and a disabled account alike (an answer must not say whether an account
 * exists), so the page does too; a throttle says how long to wait.
 *
 * @example
 * loginRefusal([{ message: '…', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 42 } }]);
 * // { kind: 'throttled', waitSeconds: 42 }
 */
export function loginRefusal(
  errors: readonly ApiError[],
  retryAfterHeader: string | null = null,
): LoginRefusal {
  const error = errors[0];
  if (!error) return { kind: 'other', message: '' };
  const code = error.extensions?.code;
  if (code === 'TOO_MANY_ATTEMPTS')
    return { kind: 'throttled', waitSeconds: waitOf(error, retryAfterHeader) };
  if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return { kind: 'wrongPassword' };
  return { kind: 'other', message: error.message };
}
