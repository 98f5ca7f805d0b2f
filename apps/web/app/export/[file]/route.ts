import { answerHeaders, apiBase, forwardedHeaders, unreachable } from '../../../src/pass-to-api';

/** What a download needs from the API's answer: the file's type and name, and when to try again. */
const FORWARDED_ANSWER = [
  'content-type',
  'content-disposition',
  'cache-control',
  'retry-after',
  'x-request-id',
];

/**
 * `/export/zones.xlsx?bbox=…&lang=zh`: the API's export of a layer, passed through as it streams
 * (a large layer is never held here), with the caller's cookie or token, so the file holds what
 * this reader may read. Which layers and formats there are is the API's to say: its refusal comes
 * back as it was given.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const url = new URL(request.url);
  const upstream = await fetch(`${apiBase()}/export/${encodeURIComponent(file)}${url.search}`, {
    headers: forwardedHeaders(request),
    signal: request.signal,
  }).catch(() => null);
  // A proxy's HTML error page is no export and no API refusal: said as the API being out of reach.
  if (!upstream || upstream.headers.get('content-type')?.startsWith('text/html')) return unreachable();
  return new Response(upstream.body, {
    status: upstream.status,
    headers: answerHeaders(upstream, FORWARDED_ANSWER),
  });
}
