import { answerHeaders, apiBase, forwardedHeaders, unreachable } from '../../src/pass-to-api';

// The browser talks only to this origin: GraphQL requests pass through to the API, whose address
// (ATLAS_API_URL, checked in src/env.ts) is read when the server runs, not baked in at build time.

/** Answer headers a client acts on: when to retry, whether a write was replayed, the trace id. */
const FORWARDED_ANSWER = ['content-type', 'retry-after', 'idempotency-replayed', 'x-request-id'];

export async function POST(request: Request): Promise<Response> {
  const headers = { ...forwardedHeaders(request), 'content-type': 'application/json' };
  const upstream = await fetch(`${apiBase()}/graphql`, {
    method: 'POST',
    headers,
    body: await request.text(),
  }).catch(() => null);
  // No answer, or one from something in front of the API (a proxy's HTML 502 page) rather than from it.
  if (!upstream?.headers.get('content-type')?.includes('json')) return unreachable();
  const answer = answerHeaders(upstream, FORWARDED_ANSWER);
  if (!answer.has('content-type')) answer.set('content-type', 'application/json');
  return new Response(upstream.body, { status: upstream.status, headers: answer });
}
