import { createHash, timingSafeEqual } from 'node:crypto';
import { type Actor, ANONYMOUS, AtlasError, ROLES, type Role } from '@atlas/core';

/** Shorter tokens are refused at start: 16 characters is the least we accept as a secret. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * The roles a service token may hold: a zone reporter acts for one zone, which only a user account
 * carries (`pnpm atlas users add … --role ZONE_REPORTER --zone …`).
 */
export const SERVICE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'zone_reporter');

/** One accepted token, kept only as its SHA-256 digest, and who presents it. */
export interface TokenEntry {
  readonly digest: Buffer;
  readonly actor: Actor;
}

const digestOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** What is wrong with one entry's token, or null; never the token itself. */
function tokenFault(token: string): string | null {
  if (!token) return 'the token is empty';
  if (/\s/.test(token)) return 'the token contains whitespace';
  if (token.length < MIN_TOKEN_LENGTH) return `the token is shorter than ${MIN_TOKEN_LENGTH} characters`;
  return null;
}

interface Entry {
  readonly position: number;
  readonly actor: Actor;
  readonly token: string;
  /** How a refusal names the entry: its role, and its name when one is configured. */
  readonly label: string;
}

const refusal = (position: number, label: string, fault: string) =>
  new Error(`ATLAS_API_TOKENS: entry ${position}${label}: ${fault}`);

/**
 * One entry, `role:token` or `role@name:token`: the part before the first `:` says who, and the
 * token is everything after it, `:` included. Refusals here never echo text that could be the
 * secret: an entry without a known role is named by its position alone.
 */
function splitEntry(entry: string, position: number): Entry {
  const colon = entry.indexOf(':');
  if (colon < 0) throw refusal(position, '', 'is not role:token or role@name:token');
  const who = entry.slice(0, colon);
  const at = who.indexOf('@');
  const role = at < 0 ? who : who.slice(0, at);
  if (!SERVICE_ROLES.includes(role as Role))
    throw refusal(position, '', `has no role of ${SERVICE_ROLES.join(', ')} before its first ":"`);
  const name = at < 0 ? role : who.slice(at + 1).trim();
  if (!name) throw refusal(position, ` (${role})`, 'the name after "@" is empty');
  return {
    position,
    actor: { name, role: role as Role, authenticated: true },
    token: entry.slice(colon + 1),
    label: ` (${role}${at < 0 ? '' : `@${name}`})`,
  };
}

/** Refuses the first malformed entry; a name holding a token is refused before any name is echoed. */
function checkEntries(entries: readonly Entry[]): void {
  const secrets = entries.map((e) => e.token).filter((token) => !tokenFault(token));
  for (const { position, actor } of entries) {
    if (secrets.some((token) => actor.name.includes(token)))
      throw refusal(position, ` (${actor.role})`, 'the name contains a token');
  }
  const seen = new Map<string, number>();
  for (const { position, label, token } of entries) {
    const fault = tokenFault(token);
    if (fault) throw refusal(position, label, fault);
    const first = seen.get(token);
    if (first !== undefined)
      throw new Error(`ATLAS_API_TOKENS: entries ${first} and ${position}${label} give the same token`);
    seen.set(token, position);
  }
}

/**
 * The accepted tokens, parsed once at start from ATLAS_API_TOKENS: comma-separated entries
 * `role:token` (recorded as the role) or `role@name:token` (recorded as the name). Writers are
 * recorded by that name, never by any part of the token. Throws, naming the entry by position and
 * role, on an unknown role, an empty name, an empty, short or whitespace-holding token, a token
 * given twice, or a name that holds a token.
 *
 * @example
 * parseTokens('planner:0123456789abcdef,inspector@市考核办:s3cr3t:with:colons!');
 */
export function parseTokens(spec: string): readonly TokenEntry[] {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, i) => splitEntry(entry, i + 1));
  checkEntries(entries);
  return entries.map(({ token, actor }) => ({ digest: digestOf(token), actor }));
}

/**
 * The entry whose token this is, comparing the presented token's digest with every entry's in
 * constant time and without stopping at a match, so timing tells neither which entry matched nor
 * how much of a token was right.
 */
function matchToken(token: string, tokens: readonly TokenEntry[]): TokenEntry | undefined {
  const digest = digestOf(token);
  let found: TokenEntry | undefined;
  for (const entry of tokens) {
    const equal = timingSafeEqual(digest, entry.digest);
    found = equal ? entry : found;
  }
  return found;
}

/** The refusal of a bearer token that is neither configured nor a live session or access token. */
export const invalidBearer = () =>
  new AtlasError('UNAUTHENTICATED', '令牌无效 / The bearer token is not valid');

/** The token of an `Authorization: Bearer <token>` header, or UNAUTHENTICATED for any other shape. */
export function bearerOf(authorization: string): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw invalidBearer();
  return match[1] as string;
}

/** The configured service (ATLAS_API_TOKENS) a bearer token belongs to, if any. */
export function serviceActorFor(token: string, tokens: readonly TokenEntry[]): Actor | undefined {
  return matchToken(token, tokens)?.actor;
}

/**
 * Who sent a request, judged by the configured service tokens alone: no Authorization header is
 * the anonymous viewer; a known bearer token is its entry's role and name; anything else is
 * refused, so a mistyped token never silently degrades to read-only. (The server also accepts
 * users' session and access tokens: see `http/caller.ts`.)
 */
export function actorFor(authorization: string | undefined, tokens: readonly TokenEntry[]): Actor {
  if (!authorization) return ANONYMOUS;
  const actor = serviceActorFor(bearerOf(authorization), tokens);
  if (!actor) throw invalidBearer();
  return actor;
}
