import { answerHeaders, apiBase, forwardedHeaders, unreachable } from '../../../../src/pass-to-api';

type Params = { params: Promise<{ zone: string; file: string }> };

/** What the template's download needs from the API's answer: its type and name, kept private. */
const DOWNLOAD_ANSWER = [
  'content-type',
  'content-disposition',
  'cache-control',
  'retry-after',
  'x-request-id',
];
const UPLOAD_ANSWER = ['content-type', 'retry-after', 'x-request-id'];

const upstreamUrl = async ({ params }: Params) => {
  const { zone, file } = await params;
  return `${apiBase()}/report-workbook/${encodeURIComponent(zone)}/${encodeURIComponent(file)}`;
};

/**
 * `GET /report-workbook/shenqiu/2014-09.xlsx`: the zone's monthly report template from the API,
 * with the caller's cookie, so it holds what this reporter's draft holds.
 */
export async function GET(request: Request, context: Params) {
  const upstream = await fetch(await upstreamUrl(context), {
    headers: forwardedHeaders(request),
    signal: request.signal,
  }).catch(() => null);
  // A proxy's HTML error page is no template and no API refusal: said as the API being out of reach.
  if (!upstream || upstream.headers.get('content-type')?.startsWith('text/html')) return unreachable();
  return new Response(upstream.body, {
    status: upstream.status,
    headers: answerHeaders(upstream, DOWNLOAD_ANSWER),
  });
}

/**
 * `POST /report-workbook/shenqiu/2014-09.xlsx`: the filled template passed on as it arrives, with
 * its `content-length` (the API refuses an oversized file before reading it) and the browser's
 * Origin (a cookie-signed upload must come from this site).
 */
export async function POST(request: Request, context: Params) {
  const upstream = await fetch(await upstreamUrl(context), {
    method: 'POST',
    headers: forwardedHeaders(request, ['content-type', 'content-length']),
    body: request.body,
    // A streamed request body must say so to fetch (undici): it is sent while it is still arriving.
    duplex: 'half',
    signal: request.signal,
  } as RequestInit).catch(() => null);
  if (!upstream?.headers.get('content-type')?.includes('json')) return unreachable();
  return new Response(upstream.body, {
    status: upstream.status,
    headers: answerHeaders(upstream, UPLOAD_ANSWER),
  });
}
