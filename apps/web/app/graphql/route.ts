// The browser talks only to this origin: GraphQL requests pass through to the API, whose address
// (ATLAS_API_URL) is read when the server runs, not baked in at build time.
const apiUrl = () => `${process.env.ATLAS_API_URL ?? 'http://127.0.0.1:4000'}/graphql`;

export async function POST(request: Request): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const authorization = request.headers.get('authorization');
  if (authorization) headers.authorization = authorization;
  const upstream = await fetch(apiUrl(), { method: 'POST', headers, body: await request.text() });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' },
  });
}
