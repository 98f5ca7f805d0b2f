import type { IncomingMessage } from 'node:http';
import {
  ACCESS_TOKEN_PREFIX,
  type Actor,
  ANONYMOUS,
  SESSION_PREFIX,
  type SignedIn,
  signedInWith,
} from '@atlas/core';
import type { AtlasDb } from '@atlas/db';
import { bearerOf, invalidBearer, serviceActorFor, type TokenEntry } from '../auth';
import { sessionCookieOf } from './session-cookie';

/** How a caller showed who it is. */
export type CallerVia = 'anonymous' | 'service-token' | 'bearer' | 'cookie';

/** Who is asking, and how they showed it. */
export interface Caller {
  readonly actor: Actor;
  readonly via: CallerVia;
  /** The user's session or access token, when a user is signed in. */
  readonly signedIn: SignedIn | null;
  /** A cookie was sent for a session that is over: the answer tells the browser to forget it. */
  readonly staleCookie: boolean;
}

/** A credential read from the request, not yet looked up. */
export type Presented =
  | { readonly kind: 'known'; readonly caller: Caller }
  | { readonly kind: 'user-token'; readonly token: string; readonly via: 'bearer' | 'cookie' };

const isUserToken = (token: string) =>
  token.startsWith(SESSION_PREFIX) || token.startsWith(ACCESS_TOKEN_PREFIX);

const anonymous = (staleCookie: boolean): Caller => ({
  actor: ANONYMOUS,
  via: 'anonymous',
  signedIn: null,
  staleCookie,
});

/**
 * What a request presents, judged without the database: `Authorization: Bearer` (a configured
 * service token, or a user's `ats_`/`atp_` token to look up) takes precedence over the
 * `atlas_session` cookie. A bearer that is neither is refused UNAUTHENTICATED at once.
 */
export function presentedBy(req: IncomingMessage, tokens: readonly TokenEntry[]): Presented {
  const authorization = req.headers.authorization;
  if (authorization) {
    const token = bearerOf(authorization);
    const service = serviceActorFor(token, tokens);
    if (service)
      return {
        kind: 'known',
        caller: { actor: service, via: 'service-token', signedIn: null, staleCookie: false },
      };
    if (!isUserToken(token)) throw invalidBearer();
    return { kind: 'user-token', token, via: 'bearer' };
  }
  const cookie = sessionCookieOf(req);
  if (!cookie) return { kind: 'known', caller: anonymous(false) };
  if (!cookie.startsWith(SESSION_PREFIX)) return { kind: 'known', caller: anonymous(true) };
  return { kind: 'user-token', token: cookie, via: 'cookie' };
}

/** How long a remembered sign-in is believed without asking the database again. */
export const REMEMBER_SIGN_IN_MS = 5_000;

/**
 * Sign-ins looked up recently, for the embedded database only. There one process holds the data
 * directory (its lock), so every revocation (sign-out, an admin's revocation, disabling, a new
 * password) is a write of this process, which forgets them all; a session's own expiry is checked
 * here. Without it a signed-in request costs a query on PGlite's one connection where an anonymous
 * cached read costs none (half the throughput in `pnpm bench:api`). A lookup racing a revocation
 * is believed at most {@link REMEMBER_SIGN_IN_MS}. PostgreSQL may be written by other processes,
 * so there every request asks.
 */
export class RememberedSignIns {
  private readonly known = new Map<string, { signedIn: SignedIn; until: number }>();

  get(token: string, now = Date.now()): SignedIn | null {
    const entry = this.known.get(token);
    if (entry && entry.until > now) return entry.signedIn;
    if (entry) this.known.delete(token);
    return null;
  }

  remember(token: string, signedIn: SignedIn, now = Date.now()): void {
    // Bounded: a flood of tokens forgets the oldest first.
    if (this.known.size >= 10_000) this.known.delete(this.known.keys().next().value as string);
    const until = Math.min(
      now + REMEMBER_SIGN_IN_MS,
      signedIn.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
    );
    this.known.set(token, { signedIn, until });
  }

  /** After any write: a sign-out or revocation may be among them. */
  forget(): void {
    this.known.clear();
  }
}

/**
 * The caller behind what was presented: a user token is looked up (one indexed read, or none when
 * `remembered` knows it). A bearer that is unknown, expired or revoked is refused UNAUTHENTICATED,
 * so a script never silently reads as anonymous; such a cookie makes the caller anonymous and asks
 * the browser to forget it.
 */
export async function callerOf(
  db: AtlasDb,
  presented: Presented,
  remembered?: RememberedSignIns,
): Promise<Caller> {
  if (presented.kind === 'known') return presented.caller;
  const signedIn = remembered?.get(presented.token) ?? (await signedInWith(db, presented.token));
  if (signedIn) remembered?.remember(presented.token, signedIn);
  if (signedIn) return { actor: signedIn.actor, via: presented.via, signedIn, staleCookie: false };
  if (presented.via === 'bearer') throw invalidBearer();
  return anonymous(true);
}

/**
 * Whose answers a cached read may be served to: the user, the service, or everyone anonymous,
 * with the role and zone beside (see `ResponseCache.keyOfRead`).
 */
export function cacheIdentity(caller: Caller): string {
  const { actor } = caller;
  const who =
    actor.userId !== undefined
      ? `user:${actor.userId}`
      : actor.authenticated
        ? `service:${actor.name}`
        : 'anonymous';
  return JSON.stringify([who, actor.role, actor.zoneCode ?? null]);
}
