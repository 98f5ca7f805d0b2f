import {
  answerHeaders,
  apiBase,
  forwardedHeaders,
  postStreamed,
  unreachable,
} from '../../../src/pass-to-api';

const FORWARDED_ANSWER = ['content-type', 'retry-after', 'x-request-id'];

/**
 * `POST /import/projects?datum=…&dryRun=true&filename=…`: the file goes on to the API as it
 * arrives, never gathered here, so the API's own size limit is the only one and its refusal (413,
 * a zip bomb, a path in a zip) is what the page shows. Its `content-length` goes too, for the API
 * to refuse an oversized file before reading a byte of it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ layer: string }> }) {
  const { layer } = await params;
  const url = new URL(request.url);
  const upstream = await postStreamed(
    new URL(`${apiBase()}/import/${encodeURIComponent(layer)}${url.search}`),
    forwardedHeaders(request, ['content-type', 'content-length']),
    request.body,
    request.signal,
  );
  if (!upstream?.headers.get('content-type')?.includes('json')) return unreachable();
  return new Response(upstream.body, {
    status: upstream.status,
    headers: answerHeaders(upstream, FORWARDED_ANSWER),
  });
}
