import { createHash, randomBytes } from 'node:crypto';

/** What a token's prefix says it is: a browser's or script's session, or a personal access token. */
export const SESSION_PREFIX = 'ats_';
export const ACCESS_TOKEN_PREFIX = 'atp_';

/**
 * A fresh secret: 32 random bytes, base64url, behind its prefix (so a leaked one is recognisable
 * in a scan and its kind is known without a lookup).
 *
 * @example
 * newToken(SESSION_PREFIX); // 'ats_Zk3…' (47 characters)
 */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * How a token is kept and looked up: its SHA-256 digest in hex. A token has 256 random bits, so a
 * fast hash is enough (no salt, no KDF): nobody can guess one from its digest.
 */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
