import type { IncomingMessage } from 'node:http';

/** A file body larger than the import's limit: by its declared length, or counted while reading. */
export class ImportBodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`import body over ${limit} bytes`);
  }
}

/** Whether the declared `content-length` already passes the limit: then the body is never read. */
export function declaredTooLarge(req: IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > limit;
}

/**
 * The request's bytes, counted as they arrive: a chunked body that grows past `limit` is refused
 * at the chunk that passes it, and the rest is not read.
 */
export async function readImportBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ImportBodyTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks, size);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
