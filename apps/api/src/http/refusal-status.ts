import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** `extensions.code`s that say the request was at fault: answered 400 when nothing else came back. */
export const REFUSAL_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
]);

/** What `ApolloArmor.protect()` returns, as far as this file touches it. */
interface Protection {
  readonly plugins: ApolloServerPlugin[];
}

const as400 = (error: unknown, code: string): GraphQLError => {
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    extensions: { code, http: { status: 400 } },
  });
};

/**
 * Armor's token limit parses the query in `parsingDidStart`, outside Apollo's own parse, so its
 * refusals (and any syntax error it meets first) reach Apollo as unexpected errors, which armor's
 * `unexpectedErrorProcessingRequest` rethrew without a status: HTTP 500. This rethrows them as
 * GRAPHQL_PARSE_FAILED with status 400, as Apollo's own parse errors are, and lets any other
 * unexpected error stay what Apollo makes of it (500, "Internal server error").
 */
function parseErrorsAs400(plugin: ApolloServerPlugin): ApolloServerPlugin {
  if (!plugin.requestDidStart) return plugin;
  const start = plugin.requestDidStart.bind(plugin);
  return {
    ...plugin,
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof GraphQLError && error.extensions.code === 'GRAPHQL_PARSE_FAILED') throw error;
    },
    async requestDidStart(context) {
      const listener = await start(context);
      const parsing = listener?.parsingDidStart?.bind(listener);
      if (!listener || !parsing) return listener;
      return {
        ...listener,
        async parsingDidStart(requestContext) {
          try {
            return await parsing(requestContext);
          } catch (error) {
            throw as400(error, 'GRAPHQL_PARSE_FAILED');
          }
        },
      } satisfies GraphQLRequestListener<never>;
    },
  };
}

/**
 * A refused operation answers 400: when no data came back and every error is the request's fault
 * (bad input, a limit, a syntax or validation error), the status is 400 whatever stage refused it.
 * A partial answer (some data) stays 200, as GraphQL over HTTP asks. A throttled sign-in
 * (TOO_MANY_ATTEMPTS) answers 429 with Retry-After.
 */
export const refusalStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const throttled = errors?.find((e) => e.extensions?.code === 'TOO_MANY_ATTEMPTS');
        if (throttled) {
          // A throttled sign-in: 429 with the wait, whatever else the answer holds.
          response.http.status = 429;
          response.http.headers.set('retry-after', String(throttled.extensions?.retryAfterSeconds ?? 1));
          return;
        }
        if (data != null || !errors?.length) return;
        if (errors.every((e) => REFUSAL_CODES.has(String(e.extensions?.code)))) response.http.status = 400;
      },
    };
  },
};

/**
 * Armor's protection with every refusal answered 400 (see `parseErrorsAs400` and `refusalStatus`).
 *
 * @example new ApolloServer({ schema, ...refusalsAs400(armor.protect()) })
 */
export function refusalsAs400<P extends Protection>(protection: P): P {
  return { ...protection, plugins: [...protection.plugins.map(parseErrorsAs400), refusalStatus] };
}

/** A request-stage error (variable coercion, say) as BAD_USER_INPUT with status 400. */
export const badUserInput = (error: unknown): GraphQLError => as400(error, 'BAD_USER_INPUT');
