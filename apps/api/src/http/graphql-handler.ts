import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import {
  AtlasError,
  checkedIdempotencyKey,
  createLoaders,
  IdempotencyKeyInFlight,
  IdempotencyKeyReused,
  type IdempotentRequest,
  type ReportingSettings,
} from '@atlas/core';
import { type AtlasDatabase, type AtlasDb, isDatabaseUnavailable, withWritePriority } from '@atlas/db';
import type { TokenEntry } from '../auth';
import type { ApiContext, SessionControls } from '../graphql/context';
import type { GeometryCache } from '../graphql/geometry-cache';
import {
  type Caller,
  cacheIdentity,
  callerOf,
  type Presented,
  presentedBy,
  RememberedSignIns,
} from './caller';
import { type CallerRefusal, crossSiteRefusal, publicReadRefusal } from './caller-gate';
import { clientAddress } from './client-address';
import type { DataVersionSource, DataVersions } from './data-version-source';
import type { DatabaseHealth } from './database-health';
import { Deadline, DeadlinePassed } from './deadline';
import { LIMITS } from './limits';
import type { AtlasMetrics } from './metrics';
import { type GraphqlOperation, operationOf } from './operation-of';
import { readBody } from './read-body';
import {
  databaseUnavailable,
  deadlineExceeded,
  RETRY_AFTER_SECONDS,
  refusal,
  reply,
  sendJson,
} from './replies';
import { currentRequest, type RequestScope } from './request-scope';
import { ResponseCache } from './response-cache';
import { clearedSessionCookie, sessionCookie } from './session-cookie';
import { inWriteTransaction, type WriteAnswer, WriteRolledBack } from './write-transaction';

/** What the /graphql handler works with, made once by the server. */
export interface GraphqlDeps {
  readonly apollo: ApolloServer<ApiContext>;
  readonly atlas: AtlasDatabase;
  readonly tokens: readonly TokenEntry[];
  readonly deadlineMs: number;
  /** When monthly reports are due, for the report resolvers. */
  readonly reporting: ReportingSettings;
  readonly cache: ResponseCache;
  readonly versions: DataVersionSource;
  readonly geometries: GeometryCache;
  readonly health: DatabaseHealth;
  readonly metrics: AtlasMetrics;
  /** Told each data version a request ran at, for the metrics. */
  readonly sawVersion: (version: number) => void;
  /** Sign-in settings: session length, anonymous reading, cookie-signed writes' origins. */
  readonly accounts: {
    readonly sessionHours: number;
    readonly publicRead: boolean;
    readonly allowedHosts: ReadonlySet<string>;
    readonly secureCookie: boolean;
  };
}

/** A GraphQL request as read off the wire: who it presents, its operation, when it arrived. */
interface ReceivedRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly search: string;
  readonly presented: Presented;
  readonly operation: GraphqlOperation;
  readonly started: bigint;
}

/** One GraphQL request once its caller, body and data version are known. */
interface GraphqlCall {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly search: string;
  readonly operation: GraphqlOperation;
  readonly caller: Caller;
  readonly version: number;
  /** Every table's version now: a cached answer is valid while the tables it read are unchanged. */
  readonly tables: Readonly<Record<string, number>>;
  /** What resolvers said about the answer: a cookie to set, or not to cache it. */
  readonly notes: AnswerNotes;
}

/** Each table read, at its version when the request began (a table never written is at 0). */
function versionsOf(
  reads: ReadonlySet<string>,
  tables: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of reads) out[table] = tables[table] ?? 0;
  return out;
}

/** Filled in by resolvers through `SessionControls`, read when the answer is sent. */
interface AnswerNotes {
  /** The `Set-Cookie` the answer carries; the last one set wins (a sign-in after a stale cookie). */
  cookie: string | null;
  uncacheable: boolean;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/**
 * /graphql: the caller from its token (401 first, before any work), the body within its limit, the
 * operation read once, the deadline started; then a read from the cache or Apollo (once more on a
 * dead connection), or a write in its transaction with its idempotency key. Whatever is refused
 * gets its status: 400, 401, 409, 422, or 503 with Retry-After.
 */
export function graphqlHandler(deps: GraphqlDeps) {
  const { apollo, atlas, cache, versions, geometries, health, metrics } = deps;

  const { accounts } = deps;
  // See RememberedSignIns: exact only where this process is the database's one writer.
  const remembered = atlas.target === 'pglite' ? new RememberedSignIns() : undefined;

  function sessionControls(call: GraphqlCall): SessionControls {
    return {
      hours: accounts.sessionHours,
      address: clientAddress(call.req),
      signedIn: call.caller.signedIn,
      viaCookie: call.caller.via === 'cookie',
      setCookie: (token, expiresAt) => {
        const seconds = (expiresAt.getTime() - Date.now()) / 1000;
        call.notes.cookie = sessionCookie(token, seconds, accounts.secureCookie);
      },
      clearCookie: () => {
        call.notes.cookie = clearedSessionCookie(accounts.secureCookie);
      },
      uncacheable: () => {
        call.notes.uncacheable = true;
      },
    };
  }

  /** Runs the request through Apollo against `db` (the pool, or a write's transaction). */
  async function execute(call: GraphqlCall, db: AtlasDb): Promise<WriteAnswer> {
    const scope = currentRequest() as RequestScope;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(call.req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: call.req.method ?? 'POST',
        headers,
        search: call.search,
        body: call.operation.params,
      },
      context: async () => ({
        db,
        actor: call.caller.actor,
        loaders: createLoaders(db),
        geometries,
        dataVersion: async () => call.version,
        requestId: scope.requestId,
        session: sessionControls(call),
        reporting: deps.reporting,
      }),
    });
    const out: Record<string, string> = { 'x-atlas-data-version': String(call.version) };
    for (const [name, value] of result.headers) out[name] = value;
    if (call.notes.cookie) out['set-cookie'] = call.notes.cookie;
    const body = result.body.kind === 'complete' ? result.body.string : '';
    if (scope.databaseUnavailable)
      return { status: 503, headers: { ...out, 'retry-after': String(RETRY_AFTER_SECONDS) }, body };
    return { status: result.status ?? 200, headers: out, body };
  }

  function send(res: ServerResponse, answer: WriteAnswer, extra: Record<string, string>): void {
    reply(res, answer.status, { ...answer.headers, ...extra }, answer.body);
  }

  async function answerRead(call: GraphqlCall): Promise<'hit' | 'miss'> {
    const key = ResponseCache.keyOfRead({
      caller: cacheIdentity(call.caller),
      role: call.caller.actor.role,
      method: call.req.method ?? 'POST',
      search: call.search,
      body: call.operation.text,
    });
    const hit = cache.get(key, call.version, call.tables);
    if (hit) {
      // Valid now, though perhaps computed at an earlier version (only other tables changed since).
      const now = { 'x-atlas-data-version': String(call.version) };
      send(call.res, hit, { 'x-atlas-cache': 'hit', ...now, ...staleCookieHeader(call) });
      return 'hit';
    }
    const scope = currentRequest() as RequestScope;
    // Filled by the database's query listener (server.ts) with every table a statement names.
    scope.reads = new Set();
    let answer = await execute(call, atlas.db);
    if (scope.databaseUnavailable && (await health.available())) {
      // A pooled connection the server closed while idle (a restart) fails its first statement
      // though the database is back (the probe says so); a read is safe to run once more.
      scope.databaseUnavailable = false;
      scope.errors = 0;
      answer = await execute(call, atlas.db);
    }
    // A cookie belongs to this answer alone: an answer that sets one is never kept.
    if (ResponseCache.cacheable(answer.status, scope.errors) && !call.notes.uncacheable && !call.notes.cookie)
      cache.set(key, { version: call.version, reads: versionsOf(scope.reads, call.tables), ...answer });
    send(call.res, answer, { 'x-atlas-cache': 'miss', ...staleCookieHeader(call) });
    return 'miss';
  }

  /** The idempotency key a writer sent, scoped to the writer; a malformed key is refused. */
  function idempotencyOf(call: GraphqlCall): IdempotentRequest | null {
    const header = call.req.headers['idempotency-key'];
    if (header === undefined) return null;
    const key = checkedIdempotencyKey(Array.isArray(header) ? header.join(',') : header);
    return { actor: call.caller.actor.name, key, requestHash: ResponseCache.keyOf(call.operation.text) };
  }

  async function answerWrite(call: GraphqlCall, deadline: Deadline): Promise<void> {
    try {
      const { answer, replayed } = await inWriteTransaction(atlas.db, {
        deadline,
        idempotency: idempotencyOf(call),
        backAgain: () => {
          health.markDown();
          return health.available();
        },
        execute: (tx) => execute(call, tx),
      });
      await versions.afterWrite();
      remembered?.forget();
      const headers = 'headers' in answer ? answer.headers : JSON_TYPE;
      const extra = { ...staleCookieHeader(call), ...(replayed ? { 'idempotency-replayed': 'true' } : {}) };
      send(call.res, { ...answer, headers: { ...extra, ...headers } }, {});
    } catch (error) {
      if (!(error instanceof WriteRolledBack)) throw error;
      // The data in the answer was never committed: only its errors go back.
      const { errors } = JSON.parse(error.answer.body) as { errors?: unknown[] };
      const unavailable = currentRequest()?.databaseUnavailable;
      const body = JSON.stringify({ data: null, errors });
      send(
        call.res,
        { status: unavailable ? 503 : 500, headers: { ...error.answer.headers, ...JSON_TYPE }, body },
        unavailable ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {},
      );
    }
  }

  /** Forgets a stale session cookie, unless the answer sets a new one. */
  function staleCookieHeader(call: GraphqlCall): Record<string, string> {
    if (!call.caller.staleCookie || call.notes.cookie) return {};
    return { 'set-cookie': clearedSessionCookie(accounts.secureCookie) };
  }

  /** Refuses a caller the settings shut out, telling a browser with a stale cookie to forget it. */
  function refuseCaller(res: ServerResponse, caller: Caller, refused: CallerRefusal): void {
    const cookie: Record<string, string> = caller.staleCookie
      ? { 'set-cookie': clearedSessionCookie(accounts.secureCookie) }
      : {};
    sendJson(
      res,
      refused.status,
      { errors: [{ message: refused.message, extensions: { code: refused.code, reason: refused.reason } }] },
      cookie,
    );
  }

  /** The data versions, once more on a dead connection if the probe finds the database there. */
  function currentVersion(): Promise<DataVersions> {
    return versions.current().catch(async (error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      health.markDown();
      if (await health.available()) return versions.current();
      throw error;
    });
  }

  /** A refusal for what the request met, or false when the error is not one of them. */
  function refused(res: ServerResponse, error: unknown, deadline: Deadline): boolean {
    if (error instanceof DeadlinePassed) deadlineExceeded(res, deadline.ms);
    else if (error instanceof IdempotencyKeyReused)
      refusal(res, 422, 'IDEMPOTENCY_KEY_REUSED', error.message);
    else if (error instanceof IdempotencyKeyInFlight)
      refusal(res, 409, 'IDEMPOTENCY_KEY_IN_FLIGHT', error.message, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    else if (error instanceof AtlasError && error.code === 'BAD_INPUT')
      refusal(res, 400, 'BAD_USER_INPUT', error.message);
    else if (error instanceof AtlasError && error.code === 'UNAUTHENTICATED')
      refusal(res, 401, 'UNAUTHENTICATED', error.message);
    else if (isDatabaseUnavailable(error)) {
      health.markDown();
      currentRequest()?.log.warn({ err: error }, 'database unavailable');
      metrics.countError('DATABASE_UNAVAILABLE');
      databaseUnavailable(res);
    } else return false;
    return true;
  }

  return async function handleGraphql(req: IncomingMessage, res: ServerResponse, search: string) {
    const started = process.hrtime.bigint();
    let presented: Presented;
    try {
      presented = presentedBy(req, deps.tokens);
    } catch (error) {
      return refusal(res, 401, 'UNAUTHENTICATED', (error as AtlasError).message);
    }
    const body = req.method === 'POST' ? await readBody(req, LIMITS.bodyBytes) : '';
    const operation = operationOf(body, search, LIMITS.tokens);
    const call: ReceivedRequest = { req, res, search, presented, operation, started };
    // A write's whole request (its session lookup too) is served before queued reads on PGlite.
    return operation.kind === 'mutation'
      ? withWritePriority(() => handleOperation(call))
      : handleOperation(call);
  };

  async function handleOperation({ req, res, search, presented, operation, started }: ReceivedRequest) {
    if (operation.kind === 'invalid-json')
      return refusal(res, 400, 'BAD_REQUEST', '请求体不是有效的 JSON / Request body is not valid JSON');
    // The deadline starts once the body is in: reading a slow body is bounded by SERVER_TIMEOUTS.
    const deadline = new Deadline(deps.deadlineMs);
    const unwatch = deadline.watch(() => {
      if (!deadline.isCommitting) deadlineExceeded(res, deadline.ms);
    });
    let cacheOutcome: 'hit' | 'miss' = 'miss';
    try {
      if (!(await health.available())) return databaseUnavailable(res);
      // The session lookup and the data version are independent reads: side by side, a signed-in
      // request waits for one round trip, not two.
      const [caller, { version, tables }] = await Promise.all([
        callerOf(atlas.db, presented, remembered),
        currentVersion(),
      ]);
      const shutOut =
        publicReadRefusal(caller, operation, accounts.publicRead) ??
        crossSiteRefusal(req, caller, operation, accounts.allowedHosts);
      if (shutOut) return refuseCaller(res, caller, shutOut);
      deps.sawVersion(version);
      const notes: AnswerNotes = { cookie: null, uncacheable: false };
      const call: GraphqlCall = { req, res, search, operation, caller, version, tables, notes };
      if (operation.kind === 'query' || operation.kind === 'invalid') cacheOutcome = await answerRead(call);
      else await answerWrite(call, deadline);
    } catch (error) {
      if (!refused(res, error, deadline)) throw error;
    } finally {
      unwatch();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { name, kind } = operation;
      metrics.observe({ operation: name, kind, cache: cacheOutcome }, seconds);
      currentRequest()?.log.info(
        { operation: name, kind, status: res.statusCode, cache: cacheOutcome, ms: seconds * 1000 },
        'graphql request',
      );
    }
  }
}
