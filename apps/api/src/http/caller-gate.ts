import type { IncomingMessage } from 'node:http';
import type { Caller } from './caller';
import type { GraphqlOperation } from './operation-of';
import { isSameSite } from './same-origin';

/** A refusal of the caller before the operation runs: HTTP status, `extensions.code` and message. */
export interface CallerRefusal {
  readonly status: number;
  readonly code: string;
  readonly reason: string;
  readonly message: string;
}

const only = (operation: GraphqlOperation, test: (field: string) => boolean) =>
  operation.rootFields !== null && operation.rootFields.length > 0 && operation.rootFields.every(test);

/** A sign-in and nothing else: what an anonymous caller may always send. */
export const isLoginOnly = (operation: GraphqlOperation) =>
  operation.kind === 'mutation' && only(operation, (field) => field === 'login');

const isIntrospectionOnly = (operation: GraphqlOperation) =>
  operation.kind === 'query' && only(operation, (field) => field.startsWith('__'));

/**
 * With ATLAS_PUBLIC_READ=off, an anonymous caller may sign in and introspect the schema, nothing
 * else: refused 401 before any resolver runs.
 */
export function publicReadRefusal(
  caller: Caller,
  operation: GraphqlOperation,
  publicRead: boolean,
): CallerRefusal | null {
  if (publicRead || caller.actor.authenticated) return null;
  if (isLoginOnly(operation) || isIntrospectionOnly(operation)) return null;
  return {
    status: 401,
    code: 'UNAUTHENTICATED',
    reason: 'PUBLIC_READ_OFF',
    message: '本站须登录后查看 / Sign in: this atlas is not open to anonymous readers',
  };
}

/**
 * A write signed by the browser's cookie must come from the site itself (see `isSameSite`):
 * SameSite=Lax already keeps the cookie off cross-site POSTs in current browsers, and this check
 * covers older ones and same-site sibling hosts. Bearer tokens are exempt, as browsers never attach
 * them on their own; so is `login`, which needs no session.
 */
export function crossSiteRefusal(
  req: IncomingMessage,
  caller: Caller,
  operation: GraphqlOperation,
  allowed: ReadonlySet<string>,
): CallerRefusal | null {
  // Only what runs as a write is checked: a query, or a request that cannot run, changes nothing.
  const writes =
    operation.kind === 'mutation' || operation.kind === 'subscription' || operation.kind === 'unknown';
  if (caller.via !== 'cookie' || !writes || isLoginOnly(operation)) return null;
  if (isSameSite(req, allowed)) return null;
  return {
    status: 403,
    code: 'FORBIDDEN',
    reason: 'CROSS_SITE',
    message:
      '拒绝跨站请求:写操作须从本站页面发出 / Forbidden: a cookie-signed write must come from this site (Origin does not match)',
  };
}
