import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AtlasDatabase, withWritePriority } from '@atlas/db';
import type { Logger } from 'pino';
import { parseTokens } from '../auth';
import type { ApiEnv } from '../env';
import { GeometryCache } from '../graphql/geometry-cache';
import { createApollo } from './apollo-server';
import { dataVersionSource } from './data-version-source';
import { DatabaseHealth } from './database-health';
import { exportRoute } from './exchange/export-route';
import { importRoute } from './exchange/import-route';
import { reportWorkbookRoute } from './exchange/report-workbook-route';
import type { FileRouteDeps } from './file-routes';
import { serveGraphiql } from './graphiql';
import { graphqlHandler } from './graphql-handler';
import { LIMITS, SERVER_TIMEOUTS } from './limits';
import { createMetrics } from './metrics';
import { ogcRoute } from './ogc/ogc-route';
import { BodyTooLargeError } from './read-body';
import { answerReadiness } from './readiness';
import { CORS, refusal, sendJson } from './replies';
import { currentRequest, forwardedRequestId, inRequestScope, type RequestScope } from './request-scope';
import { ResponseCache } from './response-cache';
import { allowedHosts } from './same-origin';
import { tablesIn } from './tables-read';

export { LIMITS, READINESS_TIMEOUT_MS, SERVER_TIMEOUTS } from './limits';

export interface AtlasServerOptions {
  /** Node's HTTP timeouts; tests shorten them. */
  readonly timeouts?: Partial<Record<keyof typeof SERVER_TIMEOUTS, number>>;
}

export interface AtlasServer {
  readonly server: Server;
  readonly cache: ResponseCache;
  stop(): Promise<void>;
}

/**
 * The API over plain node:http: /graphql (Apollo, with a response cache keyed by data version),
 * /healthz, /readyz, /metrics, and /graphiql in development. Every request runs in a scope of its
 * own (its id on every log line) and has a deadline; a database that cannot be reached answers 503
 * with Retry-After at once; writes run in one transaction each, idempotent by key.
 */
export async function createAtlasServer(
  atlas: AtlasDatabase,
  env: ApiEnv,
  logger: Logger,
  options: AtlasServerOptions = {},
): Promise<AtlasServer> {
  const cache = new ResponseCache();
  const health = new DatabaseHealth(() => atlas.ping());
  let lastVersion: number | null = null;
  const metrics = createMetrics({ cache, pool: atlas.pool, dataVersion: () => lastVersion });
  const apollo = await createApollo({ env, logger, health, metrics });
  const geometries = new GeometryCache();
  const versions = dataVersionSource(atlas);
  // Which tables each cached answer was computed from (response-cache.ts).
  const stopObserving = atlas.observeQueries((query) => {
    const reads = currentRequest()?.reads;
    if (reads) for (const table of tablesIn(query)) reads.add(table);
  });
  const fileDeps: FileRouteDeps = {
    atlas,
    env,
    tokens: parseTokens(env.ATLAS_API_TOKENS),
    publicRead: env.ATLAS_PUBLIC_READ === 'on',
    allowedHosts: allowedHosts(env.ATLAS_ALLOWED_ORIGINS),
    secureCookie: env.ATLAS_COOKIE_SECURE === 'on',
    cache,
    versions,
    health,
    deadlineMs: env.ATLAS_REQUEST_DEADLINE_MS,
  };
  const handleExport = exportRoute(fileDeps);
  const handleImport = importRoute(fileDeps);
  const handleOgc = ogcRoute(fileDeps);
  const handleReportWorkbook = reportWorkbookRoute(fileDeps);
  const handleGraphql = graphqlHandler({
    apollo,
    atlas,
    tokens: parseTokens(env.ATLAS_API_TOKENS),
    deadlineMs: env.ATLAS_REQUEST_DEADLINE_MS,
    accounts: {
      sessionHours: env.ATLAS_SESSION_HOURS,
      publicRead: env.ATLAS_PUBLIC_READ === 'on',
      allowedHosts: allowedHosts(env.ATLAS_ALLOWED_ORIGINS),
      secureCookie: env.ATLAS_COOKIE_SECURE === 'on',
    },
    reporting: { deadlineDay: env.ATLAS_REPORT_DEADLINE_DAY },
    cache,
    versions,
    geometries,
    health,
    metrics,
    sawVersion: (version) => {
      lastVersion = version;
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [path = '', search = ''] = (req.url ?? '/').split('?', 2);
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') return answerReadiness(res, atlas, health);
    if (path === '/metrics') {
      const { contentType, body } = await metrics.render();
      return void res.writeHead(200, { 'content-type': contentType }).end(body);
    }
    if (path === '/graphql') return handleGraphql(req, res, search);
    if (path.startsWith('/export/')) return handleExport(req, res, path, search);
    // Files that write (an import, a zone's monthly workbook) go before queued reads, as mutations do.
    if (path.startsWith('/import/')) return withWritePriority(() => handleImport(req, res, path, search));
    if (path === '/ogc' || path.startsWith('/ogc/')) return handleOgc(req, res, path, search);
    if (path.startsWith('/report-workbook/'))
      return req.method === 'POST'
        ? withWritePriority(() => handleReportWorkbook(req, res, path, search))
        : handleReportWorkbook(req, res, path, search);
    if (env.graphiql && (await serveGraphiql(req, res, '/graphql'))) return;
    return sendJson(res, 404, {
      error: 'not found',
      try: ['/graphql', ...(env.graphiql ? ['/graphiql'] : [])],
    });
  }

  function failed(res: ServerResponse, error: unknown): void {
    if (error instanceof BodyTooLargeError) {
      const limit = LIMITS.bodyBytes;
      refusal(res, 413, 'PAYLOAD_TOO_LARGE', `请求体超过 ${limit} 字节 / request body over ${limit} bytes`);
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
      errors: 0,
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
      stopObserving();
    },
  };
}
