import { webEnv } from '../../src/env';

// The browser talks only to this origin: GraphQL requests pass through to the API, whose address
// (ATLAS_API_URL, checked in src/env.ts) is read when the server runs, not baked in at build time.
const apiUrl = () => webEnv().graphqlUrl;

/** Request headers the API acts on: who is asking, a write's retry key, and the trace id. */
const FORWARDED_REQUEST = ['authorization', 'idempotency-key', 'x-request-id'];
/** Answer headers a client acts on: when to retry, whether a write was replayed, the trace id. */
const FORWARDED_ANSWER = ['content-type', 'retry-after', 'idempotency-replayed', 'x-request-id'];

export async function POST(request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  const upstream = await fetch(apiUrl(), { method: 'POST', headers, body: await request.text() }).catch(
    () => null,
  );
  // No answer, or one from something in front of the API (a proxy's HTML 502 page) rather than from it.
  if (!upstream?.headers.get('content-type')?.includes('json')) return unreachable();
  const answer: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of FORWARDED_ANSWER) {
    const value = upstream.headers.get(name);
    if (value) answer[name] = value;
  }
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
