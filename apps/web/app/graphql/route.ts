// The browser talks only to this origin: GraphQL requests pass through to the API, whose address
// (ATLAS_API_URL) is read when the server runs, not baked in at build time.
const apiUrl = () => `${process.env.ATLAS_API_URL ?? 'http://127.0.0.1:4000'}/graphql`;

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
  const upstream = await fetch(apiUrl(), { method: 'POST', headers, body: await request.text() });
  const answer: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of FORWARDED_ANSWER) {
    const value = upstream.headers.get(name);
    if (value) answer[name] = value;
  }
  return new Response(upstream.body, { status: upstream.status, headers: answer });
}
