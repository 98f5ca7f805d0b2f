import type { IncomingMessage } from 'node:http';

/** The browser's session cookie: the session token itself, sent back on every request. */
export const SESSION_COOKIE = 'atlas_session';

/** The session token in the request's `atlas_session` cookie, if any. */
export function sessionCookieOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * `Set-Cookie` for a new session: HttpOnly (no script reads it), SameSite=Lax (no cross-site
 * POST carries it), Path=/, living as long as the session; Secure when the site is HTTPS.
 *
 * @example
 * sessionCookie('ats_…', 43_200, false); // 'atlas_session=ats_…; HttpOnly; SameSite=Lax; Path=/; Max-Age=43200'
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const base = `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
  return secure ? `${base}; Secure` : base;
}

/** `Set-Cookie` that makes the browser forget its session cookie (after sign-out, or a stale one). */
export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}
