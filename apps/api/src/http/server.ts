import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  type Actor,
  AtlasError,
  checkedIdempotencyKey,
  createLoaders,
  IdempotencyKeyInFlight,
  IdempotencyKeyReused,
  type IdempotentRequest,
} from '@atlas/core';
import { type AtlasDatabase, type AtlasDb, isDatabaseUnavailable, readDataVersion } from '@atlas/db';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { actorFor, parseTokens } from '../auth';
import type { ApiEnv } from '../env';
import { errorFormatter } from '../errors';
import type { ApiContext } from '../graphql/context';
import { CoverageSimplifier } from '../graphql/coverage-simplifier';
import { GeometryCache } from '../graphql/geometry-cache';
import { atlasSchema } from '../graphql/schema';
import { dataVersionSource } from './data-version-source';
import { DatabaseHealth } from './database-health';
import { Deadline, DeadlinePassed } from './deadline';
import { serveGraphiql } from './graphiql';
import { createMetrics } from './metrics';
import { type GraphqlOperation, operationOf } from './operation-of';
import { queryCostLimit } from './query-cost';
import { BodyTooLargeError, readBody } from './read-body';
import { refusalsAs400 } from './refusal-status';
import {
  CORS,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailable,
  deadlineExceeded,
  RETRY_AFTER_SECONDS,
  refusal,
  sendJson,
} from './replies';
import { currentRequest, forwardedRequestId, inRequestScope, type RequestScope } from './request-scope';
import { ResponseCache } from './response-cache';
import { inWriteTransaction, type WriteAnswer, WriteRolledBack } from './write-transaction';

/** Abuse limits: big enough for a county polygon in a mutation, small enough to refuse floods. */
export const LIMITS = {
  bodyBytes: 2 * 1024 * 1024,
  depth: 12,
  aliases: 15,
  cost: 20_000,
  tokens: 5_000,
} as const;

/**
 * Node's own timeouts, so no connection is held by a client that sends slowly or not at all:
 * headers within 10 s, the whole request (a 2 MiB body included) within 20 s, an idle keep-alive
 * connection closed after 5 s, any socket silent for 30 s closed.
 */
export const SERVER_TIMEOUTS = {
  headersMs: 10_000,
  requestMs: 20_000,
  keepAliveMs: 5_000,
  idleSocketMs: 30_000,
  /** How often Node looks for connections past the first two; its default, 30 s, would stretch them. */
  checkIntervalMs: 1_000,
} as const;

/** /readyz answers within this, whatever the database does. */
export const READINESS_TIMEOUT_MS = 1_000;

export interface AtlasServerOptions {
  /** Node's HTTP timeouts; tests shorten them. */
  readonly timeouts?: Partial<Record<keyof typeof SERVER_TIMEOUTS, number>>;
}

export interface AtlasServer {
  readonly server: Server;
  readonly cache: ResponseCache;
  stop(): Promise<void>;
}

/** Resolves to `fallback` if `work` has not settled within `ms`. */
function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

/** Logs through the current request's logger (with its id), or the server's outside a request. */
function requestLogger(base: Logger): Logger {
  const current = () => currentRequest()?.log ?? base;
  return {
    info: (...args: Parameters<Logger['info']>) => current().info(...args),
    warn: (...args: Parameters<Logger['warn']>) => current().warn(...args),
    error: (...args: Parameters<Logger['error']>) => current().error(...args),
  } as Logger;
}

/**
 * The API over plain node:http: /graphql (Apollo, with a response cache keyed by data version),
 * /healthz, /readyz, /metrics, and /graphiql in development. Every request has a deadline; a
 * database that cannot be reached answers 503 with Retry-After at once; writes run in one
 * transaction each, idempotent by key.
 */
export async function createAtlasServer(
  atlas: AtlasDatabase,
  env: ApiEnv,
  logger: Logger,
  options: AtlasServerOptions = {},
): Promise<AtlasServer> {
  const tokens = parseTokens(env.ATLAS_API_TOKENS);
  const production = env.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    // Cost is ours (query-cost.ts): it knows that a page costs its size, which armor's estimate does not.
    costLimit: { enabled: false },
    maxTokens: { n: LIMITS.tokens },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = refusalsAs400(armor.protect());
  const schema = await atlasSchema();
  const cache = new ResponseCache();
  const versions = dataVersionSource(atlas);
  const geometries = new GeometryCache(
    new CoverageSimplifier((reason) =>
      logger.warn({ reason }, 'simplifying coverage inline: no worker thread'),
    ),
  );
  let lastVersion: number | null = null;
  const health = new DatabaseHealth(() => atlas.ping());
  const metrics = createMetrics({ cache, pool: atlas.pool, dataVersion: () => lastVersion });
  const formatError = errorFormatter(requestLogger(logger));
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, queryCostLimit(schema, LIMITS.cost)],
    formatError: (formatted, error): GraphQLFormattedError => {
      const scope = currentRequest();
      const original = unwrapResolverError(error);
      if (isDatabaseUnavailable(original)) {
        if (scope) scope.databaseUnavailable = true;
        health.markDown();
        (scope?.log ?? logger).warn({ err: original }, 'database unavailable');
        metrics.countError('DATABASE_UNAVAILABLE');
        return {
          message: DATABASE_UNAVAILABLE_MESSAGE,
          path: formatted.path,
          extensions: { code: 'DATABASE_UNAVAILABLE', errorId: randomUUID() },
        };
      }
      const out = formatError(formatted, error);
      const code = String(out.extensions?.code ?? '');
      if (code === 'INTERNAL_SERVER_ERROR' && scope) scope.internalError = true;
      metrics.countError(code);
      return out;
    },
    includeStacktraceInErrorResponses: false,
    introspection: !production || env.graphiql,
  });
  await apollo.start();

  /** Runs one GraphQL request through Apollo against `db` (the pool, or a write's transaction). */
  async function execute(
    req: IncomingMessage,
    search: string,
    operation: GraphqlOperation,
    actor: Actor,
    db: AtlasDb,
    version: number,
  ): Promise<WriteAnswer> {
    const scope = currentRequest() as RequestScope;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search, body: operation.params },
      context: async () => ({
        db,
        actor,
        loaders: createLoaders(db),
        geometries,
        dataVersion: async () => version,
        requestId: scope.requestId,
      }),
    });
    const out: Record<string, string> = { 'x-atlas-data-version': String(version) };
    for (const [name, value] of result.headers) out[name] = value;
    const body = result.body.kind === 'complete' ? result.body.string : '';
    if (scope.databaseUnavailable)
      return { status: 503, headers: { ...out, 'retry-after': String(RETRY_AFTER_SECONDS) }, body };
    return { status: result.status ?? 200, headers: out, body };
  }

  function send(res: ServerResponse, answer: WriteAnswer, extra: Record<string, string>): void {
    if (res.headersSent) return;
    const requestId = currentRequest()?.requestId ?? '';
    res
      .writeHead(answer.status, { ...answer.headers, ...CORS, 'x-request-id': requestId, ...extra })
      .end(answer.body);
  }

  async function answerRead(
    req: IncomingMessage,
    res: ServerResponse,
    search: string,
    operation: GraphqlOperation,
    actor: Actor,
    version: number,
  ): Promise<'hit' | 'miss'> {
    const key = ResponseCache.keyOf(`${req.method} ${search} ${operation.text}`);
    const hit = cache.get(key, version);
    if (hit) {
      send(res, hit, { 'x-atlas-cache': 'hit' });
      return 'hit';
    }
    let answer = await execute(req, search, operation, actor, atlas.db, version);
    const scope = currentRequest() as RequestScope;
    if (scope.databaseUnavailable && (await health.available())) {
      // A pooled connection the server closed while idle (a restart) fails its first statement
      // though the database is back (the probe says so); a read is safe to run once more.
      scope.databaseUnavailable = false;
      answer = await execute(req, search, operation, actor, atlas.db, version);
    }
    if (answer.status === 200 && !answer.body.includes('"errors"')) cache.set(key, { version, ...answer });
    send(res, answer, { 'x-atlas-cache': 'miss' });
    return 'miss';
  }

  /** The idempotency key a writer sent, scoped to the writer; a malformed key is refused. */
  function idempotencyOf(
    req: IncomingMessage,
    actor: Actor,
    operation: GraphqlOperation,
  ): IdempotentRequest | null {
    const header = req.headers['idempotency-key'];
    if (header === undefined) return null;
    const key = checkedIdempotencyKey(Array.isArray(header) ? header.join(',') : header);
    return { actor: actor.name, key, requestHash: ResponseCache.keyOf(operation.text) };
  }

  async function answerWrite(
    req: IncomingMessage,
    res: ServerResponse,
    search: string,
    operation: GraphqlOperation,
    actor: Actor,
    version: number,
    deadline: Deadline,
  ): Promise<void> {
    const idempotency = idempotencyOf(req, actor, operation);
    try {
      const { answer, replayed } = await inWriteTransaction(atlas.db, {
        deadline,
        idempotency,
        backAgain: () => {
          health.markDown();
          return health.available();
        },
        execute: (tx) => execute(req, search, operation, actor, tx, version),
      });
      await versions.afterWrite();
      const headers =
        'headers' in answer ? answer.headers : { 'content-type': 'application/json; charset=utf-8' };
      send(res, { ...answer, headers }, replayed ? { 'idempotency-replayed': 'true' } : {});
    } catch (error) {
      if (!(error instanceof WriteRolledBack)) throw error;
      // The data in the answer was never committed: only its errors go back.
      const { errors } = JSON.parse(error.answer.body) as { errors?: unknown[] };
      const unavailable = currentRequest()?.databaseUnavailable;
      send(
        res,
        {
          status: unavailable ? 503 : 500,
          headers: { ...error.answer.headers, 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ data: null, errors }),
        },
        unavailable ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {},
      );
    }
  }

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    const started = process.hrtime.bigint();
    let actor: Actor;
    try {
      actor = actorFor(req.headers.authorization, tokens);
    } catch (error) {
      return refusal(res, 401, 'UNAUTHENTICATED', (error as AtlasError).message);
    }
    const body = req.method === 'POST' ? await readBody(req, LIMITS.bodyBytes) : '';
    const operation = operationOf(body, search, LIMITS.tokens);
    if (operation.kind === 'invalid-json')
      return refusal(res, 400, 'BAD_REQUEST', '请求体不是有效的 JSON / Request body is not valid JSON');
    // The deadline starts once the body is in: reading a slow body is bounded by SERVER_TIMEOUTS.
    const deadline = new Deadline(env.ATLAS_REQUEST_DEADLINE_MS);
    const unwatch = deadline.watch(() => {
      if (!deadline.isCommitting) deadlineExceeded(res, deadline.ms);
    });
    let cacheOutcome: 'hit' | 'miss' = 'miss';
    try {
      if (!(await health.available())) return databaseUnavailable(res);
      const version = await versions.current().catch(async (error: unknown) => {
        // Once more on a dead connection if the probe finds the database there: nothing was written.
        if (!isDatabaseUnavailable(error)) throw error;
        health.markDown();
        if (await health.available()) return versions.current();
        throw error;
      });
      lastVersion = version;
      if (operation.kind === 'query' || operation.kind === 'invalid')
        cacheOutcome = await answerRead(req, res, search, operation, actor, version);
      else await answerWrite(req, res, search, operation, actor, version, deadline);
    } catch (error) {
      if (error instanceof DeadlinePassed) return deadlineExceeded(res, deadline.ms);
      if (error instanceof IdempotencyKeyReused)
        return refusal(res, 422, 'IDEMPOTENCY_KEY_REUSED', error.message);
      if (error instanceof IdempotencyKeyInFlight)
        return refusal(res, 409, 'IDEMPOTENCY_KEY_IN_FLIGHT', error.message, {
          'retry-after': String(RETRY_AFTER_SECONDS),
        });
      if (error instanceof AtlasError && error.code === 'BAD_INPUT')
        return refusal(res, 400, 'BAD_USER_INPUT', error.message);
      if (isDatabaseUnavailable(error)) {
        health.markDown();
        currentRequest()?.log.warn({ err: error }, 'database unavailable');
        metrics.countError('DATABASE_UNAVAILABLE');
        return databaseUnavailable(res);
      }
      throw error;
    } finally {
      unwatch();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observe({ operation: operation.name, kind: operation.kind, cache: cacheOutcome }, seconds);
      currentRequest()?.log.info(
        {
          operation: operation.name,
          kind: operation.kind,
          status: res.statusCode,
          cache: cacheOutcome,
          ms: seconds * 1000,
        },
        'graphql request',
      );
    }
  }

  async function readiness(res: ServerResponse): Promise<void> {
    const read = () => readDataVersion(atlas.db);
    const ready = async () => {
      if (!(await health.available())) return null;
      return read().catch(async (error: unknown) => {
        if (!isDatabaseUnavailable(error)) throw error;
        health.markDown();
        return (await health.available()) ? read() : null;
      });
    };
    const version = await within(ready(), READINESS_TIMEOUT_MS, null);
    if (version === null)
      return sendJson(
        res,
        503,
        { status: 'database not answering' },
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
    return sendJson(res, 200, { status: 'ready', dataVersion: version, database: atlas.target });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [path = '', search = ''] = (req.url ?? '/').split('?', 2);
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') return readiness(res);
    if (path === '/metrics') {
      const { contentType, body } = await metrics.render();
      return void res.writeHead(200, { 'content-type': contentType }).end(body);
    }
    if (path === '/graphql') return handleGraphql(req, res, search);
    if (env.graphiql && (await serveGraphiql(req, res, '/graphql'))) return;
    return sendJson(res, 404, {
      error: 'not found',
      try: ['/graphql', ...(env.graphiql ? ['/graphiql'] : [])],
    });
  }

  function failed(res: ServerResponse, error: unknown): void {
    if (error instanceof BodyTooLargeError) {
      refusal(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `请求体超过 ${LIMITS.bodyBytes} 字节 / request body over ${LIMITS.bodyBytes} bytes`,
      );
      return;
    }
    const errorId = randomUUID();
    (currentRequest()?.log ?? logger).error({ errorId, err: error }, 'request failed');
    metrics.countError('INTERNAL_SERVER_ERROR');
    sendJson(res, 500, {
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }],
    });
  }

  const timeouts = { ...SERVER_TIMEOUTS, ...options.timeouts };
  const server = createServer({ connectionsCheckingInterval: timeouts.checkIntervalMs }, (req, res) => {
    const requestId = forwardedRequestId(req.headers['x-request-id']) ?? randomUUID();
    const scope: RequestScope = {
      requestId,
      log: logger.child({ reqId: requestId }),
      databaseUnavailable: false,
      internalError: false,
    };
    inRequestScope(scope, () => handle(req, res).catch((error: unknown) => failed(res, error)));
  });
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.timeout = timeouts.idleSocketMs;
  return {
    server,
    cache,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await geometries.close();
    },
  };
}
