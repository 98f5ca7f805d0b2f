import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { AtlasError, type ErrorCode, inputErrorOf } from '@atlas/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** The domain's codes as GraphQL `extensions.code`, mapped in this one place. */
const GRAPHQL_CODES: Record<ErrorCode, string> = {
  BAD_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STALE_VERSION: 'STALE_VERSION',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
};

/** Codes GraphQL itself and the server's guards produce; their messages speak of the request, not the server. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/**
 * Every error leaves with an id the log also holds. Domain errors keep their planner-facing
 * message; request errors keep theirs; anything else becomes "Internal server error" with no SQL
 * and no stack, logged in full under the same id.
 */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const errorId = randomUUID();
    const unwrapped = unwrapResolverError(error);
    // A read sent a value the database refused (NUL in an id, say): the caller's fault, not ours.
    const original = unwrapped instanceof AtlasError ? unwrapped : (inputErrorOf(unwrapped) ?? unwrapped);
    const path = formatted.path;
    if (original instanceof AtlasError) {
      const code = GRAPHQL_CODES[original.code];
      logger.info({ errorId, code, path, message: original.message }, 'request refused');
      return { message: original.message, path, extensions: { code, errorId, ...(original.details ?? {}) } };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (
      REQUEST_CODES.has(code) ||
      /^(Syntax Error|Query|Cannot query|Too many|Variable|Unknown|Field)/.test(formatted.message)
    ) {
      logger.info({ errorId, code, message: formatted.message }, 'request refused');
      return {
        message: formatted.message,
        locations: formatted.locations,
        path,
        extensions: { code: code || 'GRAPHQL_VALIDATION_FAILED', errorId },
      };
    }
    logger.error({ errorId, err: original, path }, 'internal error');
    return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}
