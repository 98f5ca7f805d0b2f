import { driverErrorOf } from './driver-error';

/** Codes postgres.js and Node give when no connection could be had or it was lost. */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's own word that it cannot serve now: class 08 (connection exception), shutting down
 * (57P01 admin, 57P02 crash), starting up (57P03), and too many connections (53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

/**
 * True when an error means the database could not be reached, not that the request was wrong:
 * the caller may retry the same request later. Looks through drizzle's wrapping (`cause`).
 *
 * @example
 * if (isDatabaseUnavailable(error)) answer503({ retryAfterSeconds: 1 });
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = driverErrorOf(error)?.code;
  return code !== undefined && (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code));
}
