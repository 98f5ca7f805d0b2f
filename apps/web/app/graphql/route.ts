import { webEnv } from '../../src/env';

// The browser talks only to this origin: GraphQL requests pass through to the API, whose address
// (ATLAS_API_URL, checked in src/env.ts) is read when the server runs, not baked in at build time.
const apiUrl = () => webEnv().graphqlUrl;

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
/** Answer headers a client acts on: when to retry, whether a write was replayed, the trace id. */
const FORWARDED_ANSWER = ['content-type', 'retry-after', 'idempotency-replayed', 'x-request-id'];

export async function POST(request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  // The API sits behind this route, so the host it sees is its own: it is told the browser's, to
  // compare a write's Origin with. A proxy in front of this app has already said it, and wins.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) headers['x-forwarded-host'] = host;
  headers['x-forwarded-proto'] =
    request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  const upstream = await fetch(apiUrl(), { method: 'POST', headers, body: await request.text() }).catch(
    () => null,
  );
  // No answer, or one from something in front of the API (a proxy's HTML 502 page) rather than from it.
  if (!upstream?.headers.get('content-type')?.includes('json')) return unreachable();
  const answer = new Headers({ 'content-type': 'application/json' });
  for (const name of FORWARDED_ANSWER) {
    const value = upstream.headers.get(name);
    if (value) answer.set(name, value);
  }
  // Signing in and out set and clear the session cookie; each cookie is its own header.
  for (const cookie of upstream.headers.getSetCookie()) answer.append('set-cookie', cookie);
  return new Response(upstream.body, { status: upstream.status, headers: answer });
}

/**
 * The API did not answer at all (refused, reset, no such host): a GraphQL error in both languages,
 * as JSON like every other answer, so the screens can say so and try again after `Retry-After`.
 */
function unreachable(): Response {
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
