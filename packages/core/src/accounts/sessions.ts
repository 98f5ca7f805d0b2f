import { type AtlasDb, schema } from '@atlas/db';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '../actor';
import { type AccountOfActor, actorOfUser } from './account-actor';
import { ACCESS_TOKEN_PREFIX, newToken, SESSION_PREFIX, tokenDigest } from './credential-tokens';

const { sessions, accessTokens, users } = schema;

/** A session's life when the deployment does not say (ATLAS_SESSION_HOURS). */
export const DEFAULT_SESSION_HOURS = 12;
/** `last_seen_at` / `last_used_at` move at most this often, so most requests only read. */
const LAST_USE_STEP_MS = 60_000;

export interface NewSession {
  /** Shown once: to the browser as its cookie, or to a script as its bearer token. */
  readonly token: string;
  readonly digest: string;
  readonly expiresAt: Date;
}

/** Starts a session for a user; call inside the sign-in's transaction. */
export async function startSession(db: AtlasDb, userId: number, hours: number): Promise<NewSession> {
  const token = newToken(SESSION_PREFIX);
  const digest = tokenDigest(token);
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.insert(sessions).values({ digest, userId, expiresAt });
  return { token, digest, expiresAt };
}

/** Ends the session whose token digest this is (sign-out); false when it had already ended. */
export async function endSession(db: AtlasDb, digest: string): Promise<boolean> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.digest, digest), isNull(sessions.revokedAt)))
    .returning({ digest: sessions.digest });
  return ended.length > 0;
}

/** Who presents a credential, and which one: a session's digest lets sign-out end just that session. */
export interface SignedIn {
  readonly actor: Actor;
  readonly kind: 'session' | 'access-token';
  readonly digest: string;
  /** When a session ends by itself; null for an access token, which lasts until revoked. */
  readonly expiresAt: Date | null;
}

const ACCOUNT = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  zoneCode: users.zoneCode,
};

/** The session lookup, built once per database: it runs on every signed-in request. */
const prepare = (db: AtlasDb) =>
  db
    .select({ ...ACCOUNT, lastUse: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.digest, sql.placeholder('digest')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        eq(users.disabled, false),
      ),
    )
    .prepare('atlas_session_lookup');
const lookups = new WeakMap<AtlasDb, ReturnType<typeof prepare>>();

async function sessionOf(db: AtlasDb, digest: string, now: Date) {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepare(db);
    lookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ digest, now: now.toISOString() });
  if (row && now.getTime() - row.lastUse.getTime() > LAST_USE_STEP_MS)
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(
        and(eq(sessions.digest, digest), lt(sessions.lastSeenAt, new Date(now.getTime() - LAST_USE_STEP_MS))),
      );
  return row;
}

async function accessTokenOf(db: AtlasDb, digest: string, now: Date) {
  const [row] = await db
    .select({ ...ACCOUNT, lastUse: accessTokens.lastUsedAt })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(and(eq(accessTokens.digest, digest), isNull(accessTokens.revokedAt), eq(users.disabled, false)));
  const stale = new Date(now.getTime() - LAST_USE_STEP_MS);
  if (row && (!row.lastUse || row.lastUse < stale))
    await db
      .update(accessTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(accessTokens.digest, digest),
          or(isNull(accessTokens.lastUsedAt), lt(accessTokens.lastUsedAt, stale)),
        ),
      );
  return row;
}

/**
 * Who a session token (`ats_…`) or personal access token (`atp_…`) belongs to, or null when it is
 * unknown, expired, revoked or its account disabled. One indexed read (by digest, joined to the
 * user); the last use is written at most once a minute per credential.
 *
 * @example
 * await signedInWith(db, 'ats_…'); // { actor: { name: '张伟 (taikang-reporter)', role: 'zone_reporter', … }, kind: 'session', digest }
 */
export async function signedInWith(db: AtlasDb, token: string, now = new Date()): Promise<SignedIn | null> {
  const digest = tokenDigest(token);
  const kind = token.startsWith(SESSION_PREFIX)
    ? 'session'
    : token.startsWith(ACCESS_TOKEN_PREFIX)
      ? 'access-token'
      : null;
  if (!kind) return null;
  const row: (AccountOfActor & { expiresAt?: Date }) | undefined =
    kind === 'session' ? await sessionOf(db, digest, now) : await accessTokenOf(db, digest, now);
  return row ? { actor: actorOfUser(row), kind, digest, expiresAt: row.expiresAt ?? null } : null;
}
