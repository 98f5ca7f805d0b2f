import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing that could bend a URL. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

const first = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();

/**
 * The origin (scheme and host) the caller used to reach the API, for the absolute links OGC API
 * answers carry. Behind nginx or the map app's proxy (which connect from this machine) the
 * forwarded scheme and host are the caller's; from anyone else they are not believed, as
 * `clientAddress` does not believe their `X-Forwarded-For`. A Host that is not a plain host[:port]
 * falls back to the address the request arrived on, so no header can make a link point elsewhere
 * than where it came in.
 */
export function originOf(req: IncomingMessage): string {
  const viaProxy = LOOPBACK.has(req.socket.remoteAddress ?? '');
  const forwardedProto = viaProxy ? first(req.headers['x-forwarded-proto']) : undefined;
  const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  const candidates = [viaProxy ? first(req.headers['x-forwarded-host']) : undefined, first(req.headers.host)];
  const host = candidates.find((candidate) => candidate !== undefined && HOST.test(candidate));
  return `${scheme}://${host ?? localHost(req)}`;
}

function localHost(req: IncomingMessage): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const port = req.socket.localPort ?? 80;
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}
