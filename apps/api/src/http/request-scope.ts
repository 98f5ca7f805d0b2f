import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { RawJsonSplice } from './raw-json';

/** What the server learns about one request while it runs, wherever in the call tree it is learnt. */
export interface RequestScope {
  readonly requestId: string;
  /** The server's logger with this request's id on every line. */
  readonly log: Logger;
  /** Set when an error showed the database unreachable: the answer becomes 503 with Retry-After. */
  databaseUnavailable: boolean;
  /** Set when an error was the server's own fault: a write's transaction is then rolled back. */
  internalError: boolean;
  /** Errors the answer carries, counted as Apollo formats them: an answer with any is not cached. */
  errors: number;
  /** The tables the answer's statements named, for a read whose answer may be cached. */
  reads?: Set<string>;
  /** Texts (geometries' GeoJSON) the answer carries as they are; made by the first one. */
  rawJson?: RawJsonSplice;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with `scope` as the current request's. */
export function inRequestScope<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The request being served, if any. */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}

/** A request id a client or proxy sent (`x-request-id`), if it is a sane one to repeat in logs. */
export function forwardedRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(header) ? header : undefined;
}
