import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { currentRequest } from './request-scope';

export const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'content-type, authorization, apollo-require-preflight, idempotency-key, x-request-id',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'retry-after, x-request-id, idempotency-replayed, x-atlas-cache',
};

/** Seconds a client should wait before retrying while the database or the request's time ran out. */
export const RETRY_AFTER_SECONDS = 1;

/** Writes an answer with CORS and the request's id, unless one was already sent (the deadline's). */
export function reply(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  if (res.headersSent) return;
  const requestId = currentRequest()?.requestId;
  res
    .writeHead(status, { ...CORS, ...(requestId ? { 'x-request-id': requestId } : {}), ...headers })
    .end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  reply(res, status, { 'content-type': 'application/json; charset=utf-8', ...headers }, JSON.stringify(body));
}

/** A GraphQL-shaped refusal: the message, its code, and an id the log also holds. */
export function refusal(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const errorId = randomUUID();
  currentRequest()?.log.info({ errorId, code, status }, 'request refused');
  sendJson(res, status, { errors: [{ message, extensions: { code, errorId } }] }, headers);
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  '数据库暂时无法访问,请稍后重试 / The database cannot be reached right now; retry shortly';

/** 503 with Retry-After: the database is down or restarting, and the same request may succeed soon. */
export function databaseUnavailable(res: ServerResponse): void {
  refusal(res, 503, 'DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE, {
    'retry-after': String(RETRY_AFTER_SECONDS),
  });
}

/** 503 with Retry-After at the request's deadline; a write it carried was not committed. */
export function deadlineExceeded(res: ServerResponse, ms: number): void {
  refusal(
    res,
    503,
    'DEADLINE_EXCEEDED',
    `请求超过 ${ms} 毫秒未完成,未写入任何数据,请稍后重试 / The request did not finish within ${ms} ms; nothing was written, retry shortly`,
    { 'retry-after': String(RETRY_AFTER_SECONDS) },
  );
}
