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
