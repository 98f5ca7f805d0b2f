import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AtlasError } from '@atlas/core';
import type { AtlasDatabase } from '@atlas/db';
import type { TokenEntry } from '../auth';
import { type Caller, callerOf, presentedBy } from './caller';
import { refusal } from './replies';
import { isSameSite } from './same-origin';
import { clearedSessionCookie } from './session-cookie';

/** What the file routes (/export, /import, /ogc) need to know who is asking. */
export interface RouteCallerDeps {
  readonly atlas: AtlasDatabase;
  readonly tokens: readonly TokenEntry[];
  readonly publicRead: boolean;
  readonly allowedHosts: ReadonlySet<string>;
  readonly secureCookie: boolean;
}

/**
 * The caller of a non-GraphQL route, judged as /graphql judges it: a bearer token (service, session
 * or personal access token) or the session cookie; an unknown bearer is 401; with public reading
 * off an anonymous caller is 401; a cookie-signed write (`writes`) must come from this site.
 * Answers the refusal itself and returns null when the caller is shut out.
 */
export async function routeCaller(
  req: IncomingMessage,
  res: ServerResponse,
  deps: RouteCallerDeps,
  writes: boolean,
): Promise<Caller | null> {
  let caller: Caller;
  try {
    caller = await callerOf(deps.atlas.db, presentedBy(req, deps.tokens));
  } catch (error) {
    refusal(res, 401, 'UNAUTHENTICATED', (error as AtlasError).message);
    return null;
  }
  const forget: Record<string, string> = caller.staleCookie
    ? { 'set-cookie': clearedSessionCookie(deps.secureCookie) }
    : {};
  if (!deps.publicRead && !caller.actor.authenticated) {
    refusal(
      res,
      401,
      'UNAUTHENTICATED',
      '本站须登录后查看 / Sign in: this atlas is not open to anonymous readers',
      forget,
    );
    return null;
  }
  if (writes && caller.via === 'cookie' && !isSameSite(req, deps.allowedHosts)) {
    refusal(
      res,
      403,
      'FORBIDDEN',
      '拒绝跨站请求:写操作须从本站页面发出 / Forbidden: a cookie-signed write must come from this site (Origin does not match)',
      forget,
    );
    return null;
  }
  return caller;
}
