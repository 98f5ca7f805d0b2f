/** What went wrong, in terms a transport maps once to its own codes (GraphQL `extensions.code`). */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'STALE_VERSION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_ATTEMPTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The domain's one error type. `message` is written for a planner (Chinese, then English);
 * `details` carries structured problems such as each fault of a geometry.
 */
export class AtlasError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AtlasError('BAD_INPUT', message, details);

export const notFound = (what: string, id: string) =>
  new AtlasError('NOT_FOUND', `找不到${what} ${id} / No ${what} with id ${id}`, { id });
