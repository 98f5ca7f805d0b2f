import type { IncomingMessage } from 'node:http';

/** The host[:port] of an origin or URL, lower-cased; undefined when it is not one. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The hosts allowed to send cookie-signed writes besides the API's own, from ATLAS_ALLOWED_ORIGINS
 * (origins such as `https://atlas.example.cn`, or bare hosts such as `localhost:3000`).
 */
export function allowedHosts(spec: string): ReadonlySet<string> {
  const hosts = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => hostOf(entry.includes('://') ? entry : `http://${entry}`));
  return new Set(hosts.filter((host): host is string => Boolean(host)));
}

const first = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();

/**
 * Whether a request comes from the site itself: its `Origin` (else its `Referer`) names the host the
 * request was sent to (`Host`, or `X-Forwarded-Host` behind a proxy) or an allowed one. A request
 * that names neither is not same-site: a browser sends `Origin` with every cross-site POST, so a
 * missing one means a client we cannot vouch for.
 */
export function isSameSite(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = first(req.headers.origin);
  const source = origin && origin !== 'null' ? hostOf(origin) : hostOf(first(req.headers.referer) ?? '');
  if (!source) return false;
  const targets = [first(req.headers['x-forwarded-host']), first(req.headers.host)];
  return targets.includes(source) || allowed.has(source);
}
