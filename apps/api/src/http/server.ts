import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { type Actor, type AtlasError, createLoaders } from '@atlas/core';
import { type AtlasDatabase, readDataVersion } from '@atlas/db';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getOperationAST, parse } from 'graphql';
import type { Logger } from 'pino';
import { actorFor, parseTokens } from '../auth';
import type { ApiEnv } from '../env';
import { errorFormatter } from '../errors';
import type { ApiContext } from '../graphql/context';
import { GeometryCache } from '../graphql/geometry-cache';
import { atlasSchema } from '../graphql/schema';
import { dataVersionSource } from './data-version-source';
import { serveGraphiql } from './graphiql';
import { queryCostLimit } from './query-cost';
import { BodyTooLargeError, readBody } from './read-body';
import { ResponseCache } from './response-cache';

/** Abuse limits: big enough for a county polygon in a mutation, small enough to refuse floods. */
export const LIMITS = {
  bodyBytes: 2 * 1024 * 1024,
  depth: 12,
  aliases: 15,
  cost: 20_000,
  tokens: 5_000,
} as const;

export interface AtlasServer {
  readonly server: Server;
  readonly cache: ResponseCache;
  stop(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...CORS, ...headers })
    .end(JSON.stringify(body));
}

function refusal(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, errorId: randomUUID() } }] });
}

/** True when the request's operation only reads, so its answer may be cached. */
function isQuery(body: string, search: string): boolean {
  try {
    const params = body
      ? (JSON.parse(body) as { query?: string; operationName?: string })
      : Object.fromEntries(new URLSearchParams(search));
    if (!params.query) return false;
    return getOperationAST(parse(params.query), params.operationName)?.operation === 'query';
  } catch {
    return false;
  }
}

/**
 * The API over plain node:http: /graphql (Apollo, with a response cache keyed by data version),
 * /healthz, /readyz, and /graphiql in development.
 */
export async function createAtlasServer(
  atlas: AtlasDatabase,
  env: ApiEnv,
  logger: Logger,
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
  const protection = armor.protect();
  const schema = await atlasSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, queryCostLimit(schema, LIMITS.cost)],
    formatError: errorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: !production || env.graphiql,
  });
  await apollo.start();
  const cache = new ResponseCache();
  const versions = dataVersionSource(atlas);
  const geometries = new GeometryCache();

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    let actor: Actor;
    try {
      actor = actorFor(req.headers.authorization, tokens);
    } catch (error) {
      refusal(res, 401, 'UNAUTHENTICATED', (error as AtlasError).message);
      return;
    }
    const body = req.method === 'POST' ? await readBody(req, LIMITS.bodyBytes) : '';
    const version = await versions.current();
    const key = ResponseCache.keyOf(`${req.method} ${search} ${body}`);
    const hit = cache.get(key, version);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, ...CORS, 'x-atlas-cache': 'hit' }).end(hit.body);
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'POST',
        headers,
        search,
        body: body ? JSON.parse(body) : undefined,
      },
      context: async () => ({
        db: atlas.db,
        actor,
        loaders: createLoaders(atlas.db),
        geometries,
        dataVersion: async () => version,
        requestId: randomUUID(),
      }),
    });
    const out: Record<string, string> = { ...CORS, 'x-atlas-data-version': String(version) };
    for (const [name, value] of result.headers) out[name] = value;
    const text = result.body.kind === 'complete' ? result.body.string : '';
    const status = result.status ?? 200;
    const readOnly = isQuery(body, search);
    if (!readOnly) await versions.afterWrite();
    else if (status === 200 && !text.includes('"errors"'))
      cache.set(key, { version, status, headers: out, body: text });
    res.writeHead(status, { ...out, 'x-atlas-cache': 'miss' }).end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [path = '', search = ''] = (req.url ?? '/').split('?', 2);
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const ready = await readDataVersion(atlas.db).then(
        (version) => ({ status: 'ready', dataVersion: version, database: atlas.target }),
        () => null,
      );
      return sendJson(res, ready ? 200 : 503, ready ?? { status: 'database not answering' });
    }
    if (path === '/graphql') return handleGraphql(req, res, search);
    if (env.graphiql && (await serveGraphiql(req, res, '/graphql'))) return;
    return sendJson(res, 404, {
      error: 'not found',
      try: ['/graphql', ...(env.graphiql ? ['/graphiql'] : [])],
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError)
        return refusal(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `请求体超过 ${LIMITS.bodyBytes} 字节 / request body over ${LIMITS.bodyBytes} bytes`,
        );
      if (error instanceof SyntaxError)
        return refusal(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
      const errorId = randomUUID();
      logger.error({ errorId, err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } },
          ],
        });
    });
  });
  return {
    server,
    cache,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
