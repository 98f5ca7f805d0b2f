import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { webEnv } from './env';

/**
 * The API's address without a path (`http://api:4000`): the routes that pass /graphql, /export and
 * /import on add their own. Read when the server runs (`webEnv()`), not baked in at build time.
 */
export function apiBase(): string {
  return webEnv().graphqlUrl.replace(/\/graphql$/, '');
}

/**
 * Request headers the API acts on: who is asking (a bearer token, or the session cookie), a write's
 * retry key, the trace id, and where a cookie-authenticated write comes from (`origin`, `referer`),
 * which the API checks against the host the browser asked (`x-forwarded-host`, set below), and the
 * browser's address for the sign-in throttle (`x-forwarded-for`: `next start` sets it to the peer
 * when nothing in front did; the API believes only its last entry, from a proxy on its own machine).
 */
const FORWARDED_REQUEST = [
  'authorization',
  'cookie',
  'origin',
  'referer',
  'x-forwarded-for',
  'idempotency-key',
  'x-request-id',
];

/**
 * The headers a request to the API carries for the browser's request: those above, plus `extra`
 * (a file's `content-type` and `content-length`, so the API can refuse a file by its size before
 * reading it), and the host and scheme the browser asked.
 *
 * @example
 * fetch(`${apiBase()}/graphql`, { headers: { ...forwardedHeaders(request), 'content-type': 'application/json' } });
 */
export function forwardedHeaders(request: Request, extra: readonly string[] = []): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of [...FORWARDED_REQUEST, ...extra]) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  // The API sits behind this app, so the host it sees is its own: it is told the browser's, to
  // compare a write's Origin with. A proxy in front of this app has already said it, and wins.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) headers['x-forwarded-host'] = host;
  headers['x-forwarded-proto'] =
    request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  return headers;
}

/**
 * The answer's headers the browser acts on (`names`: when to retry, the trace id, a file's type and
 * name …), and every `Set-Cookie` (signing in and out set and clear the session cookie; a stale one
 * is cleared by any route), each its own header.
 */
export function answerHeaders(upstream: Response, names: readonly string[]): Headers {
  const answer = new Headers();
  for (const name of names) {
    const value = upstream.headers.get(name);
    if (value) answer.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) answer.append('set-cookie', cookie);
  return answer;
}

/**
 * The API did not answer at all (refused, reset, no such host), or something in front of it did (a
 * proxy's HTML 502 page): an error in both languages, in JSON like every other answer, so a screen
 * can say so and try again after `Retry-After`.
 */
export function unreachable(): Response {
  const body = {
    errors: [
      {
        message: '暂时无法连接数据服务 / The data service cannot be reached',
        extensions: { code: 'API_UNREACHABLE' },
      },
    ],
  };
  return Response.json(body, { status: 503, headers: { 'retry-after': '5' } });
}

/** How long a re-ask for the API's refusal of a body it stopped reading may take. */
const REFUSAL_WAIT_MS = 5_000;

/** The API's answer as a web Response, streamed. */
function webResponse(answer: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, v);
  return new Response(Readable.toWeb(answer) as ReadableStream<Uint8Array>, {
    status: answer.statusCode ?? 502,
    headers,
  });
}

/** One POST to the API: resolves with its answer, or with the error that came before any answer. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
): Promise<Response | Error> {
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(url, { method: 'POST', headers, signal }, (answer) => resolve(webResponse(answer)));
    // After an answer this changes nothing: the API stopped reading a body it had refused.
    upstream.on('error', (error) => resolve(error));
    if (!body) return void upstream.end();
    const file = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    file.on('error', () => upstream.destroy());
    file.pipe(upstream);
  });
}

/**
 * POSTs a body to the API as it arrives, and resolves with the API's answer, or null when the API
 * does not answer at all. The API refuses an oversized file by its declared length without reading
 * it, and closes the connection; the body still being sent then fails (EPIPE), often before the
 * answer is read (`fetch` always loses it). So a body the API stopped reading is asked about once
 * more with its headers alone: the same declared length gets the same refusal, and no body is lost
 * in flight.
 *
 * @example
 * const answer = await postStreamed(new URL(`${apiBase()}/import/zones`), headers, request.body, request.signal);
 */
export async function postStreamed(
  url: URL,
  headers: Record<string, string>,
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
): Promise<Response | null> {
  const first = await post(url, headers, body, signal);
  if (first instanceof Response) return first;
  const code = (first as NodeJS.ErrnoException).code;
  // Only a declared length can be asked about again; a chunked body's refusal is not known here.
  if (!body || !headers['content-length'] || (code !== 'EPIPE' && code !== 'ECONNRESET')) return null;
  const again = await post(
    url,
    headers,
    null,
    AbortSignal.any([signal, AbortSignal.timeout(REFUSAL_WAIT_MS)]),
  );
  return again instanceof Response ? again : null;
}
