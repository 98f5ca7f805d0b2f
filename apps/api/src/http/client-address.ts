import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The address a request came from, for the sign-in throttle. A proxy on this machine (nginx, or the
 * map app's /graphql route) forwards for everyone, so behind one the last `X-Forwarded-For` entry,
 * the one it appended, is the client; anyone else's `X-Forwarded-For` is not believed.
 */
export function clientAddress(req: IncomingMessage): string | null {
  const peer = req.socket.remoteAddress ?? null;
  const forwarded = req.headers['x-forwarded-for'];
  if (!peer || !LOOPBACK.has(peer) || !forwarded) return peer;
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').at(-1)?.trim();
  return last && last.length <= 64 ? last : peer;
}
