import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { isDatabaseUnavailable } from '@atlas/db';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { ApiEnv } from '../env';
import { errorFormatter } from '../errors';
import type { ApiContext } from '../graphql/context';
import { atlasSchema } from '../graphql/schema';
import { bilingualMessage } from './bilingual-messages';
import type { DatabaseHealth } from './database-health';
import { LIMITS } from './limits';
import type { AtlasMetrics } from './metrics';
import { queryCostLimit } from './query-cost';
import { REFUSAL_CODES, refusalsAs400 } from './refusal-status';
import { DATABASE_UNAVAILABLE_MESSAGE } from './replies';
import { currentRequest } from './request-scope';

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
 * Apollo with the schema and its guards: GraphQL Armor's depth, alias and token limits (refusals as
 * HTTP 400), our cost rule, and an error formatter that tells the request scope what it met — an
 * unreachable database (answered 503, and the health check opened) or a fault of the server's own
 * (a write is then rolled back) — and counts every error by code.
 */
export async function createApollo(deps: {
  readonly env: ApiEnv;
  readonly logger: Logger;
  readonly health: DatabaseHealth;
  readonly metrics: AtlasMetrics;
}): Promise<ApolloServer<ApiContext>> {
  const { env, logger, health, metrics } = deps;
  const armor = new ApolloArmor({
    // Armor's depth skips `__schema` (GraphiQL's query is 21 deep): graphql-js's MaxIntrospectionDepthRule bounds it.
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    // Cost is ours (query-cost.ts): it knows that a page costs its size, which armor's estimate does not.
    costLimit: { enabled: false },
    maxTokens: { n: LIMITS.tokens },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = refusalsAs400(armor.protect());
  const schema = await atlasSchema();
  const formatError = errorFormatter(requestLogger(logger));
  const apollo = new ApolloServer<ApiContext>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      queryCostLimit(schema, LIMITS.cost),
      // Apollo's cache hints would wrap every field's resolver to compute a header we never send
      // (no field declares a maxAge): our cache is keyed by data version (response-cache.ts).
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted, error): GraphQLFormattedError => {
      const scope = currentRequest();
      if (scope) scope.errors += 1;
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
      const formattedOut = formatError(formatted, error);
      const code = String(formattedOut.extensions?.code ?? '');
      // Refusals reach planners: graphql-js's and armor's words get their Chinese (bilingual-messages.ts).
      const out = REFUSAL_CODES.has(code)
        ? { ...formattedOut, message: bilingualMessage(formattedOut.message) }
        : formattedOut;
      if (code === 'INTERNAL_SERVER_ERROR' && scope) scope.internalError = true;
      metrics.countError(code);
      return out;
    },
    includeStacktraceInErrorResponses: false,
    // Geometries go in as their kept text (raw-json.ts); the trailing newline is Apollo's own.
    stringifyResult: (value) => `${currentRequest()?.rawJson?.stringify(value) ?? JSON.stringify(value)}\n`,
    introspection: env.NODE_ENV !== 'production' || env.graphiql,
  });
  await apollo.start();
  return apollo;
}
