import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a backup holds: `pg_dump -Fc` of a PostgreSQL database, or PGlite's data directory as tar.gz. */
export type BackupFormat = 'pg_dump-custom' | 'pglite-datadir-tar-gzip';

/** The header line of a backup file: enough to judge it before reading the payload. */
export interface BackupManifest {
  format: BackupFormat;
  /** `data_version` as the backup saw it (0 when the database had none). */
  dataVersion: number;
  createdAt: string;
  /** Where it came from (no password). */
  source: string;
  payloadBytes: number;
  sha256: string;
}

const MAGIC = 'ATLAS-BACKUP 1\n';

export class BackupError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = 'BackupError';
  }
}

/**
 * Writes `MAGIC`, the manifest as one JSON line, then the payload, to a partial file renamed into
 * place at the end, so a backup file that exists is a whole one.
 */
export async function writeBackupFile(
  file: string,
  manifest: Omit<BackupManifest, 'payloadBytes' | 'sha256'>,
  payloadFile: string,
): Promise<BackupManifest> {
  const hash = createHash('sha256');
  let payloadBytes = 0;
  for await (const chunk of createReadStream(payloadFile) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    payloadBytes += chunk.length;
  }
  const full: BackupManifest = { ...manifest, payloadBytes, sha256: hash.digest('hex') };
  const partial = `${file}.partial`;
  try {
    const out = createWriteStream(partial);
    const header = Readable.from([Buffer.from(`${MAGIC}${JSON.stringify(full)}\n`)]);
    await pipeline(header, out, { end: false });
    await pipeline(createReadStream(payloadFile), out);
    await rename(partial, file);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  return full;
}

/** Reads and checks a backup's manifest; `payloadOffset` is where its payload starts. */
export async function readBackupManifest(
  file: string,
): Promise<{ manifest: BackupManifest; payloadOffset: number }> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError(`无法读取备份文件 ${file}`, `cannot read the backup file ${file}`);
  });
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('latin1');
    const end = text.indexOf('\n', MAGIC.length);
    if (!text.startsWith(MAGIC) || end < 0)
      throw new BackupError(`${file} 不是 Atlas 备份文件`, `${file} is not an Atlas backup`);
    const manifest = JSON.parse(head.subarray(MAGIC.length, end).toString('utf8')) as BackupManifest;
    return { manifest, payloadOffset: end + 1 };
  } finally {
    await handle.close();
  }
}

/** Copies a backup's payload out to `dest`, refusing a payload that is short or altered. */
export async function extractPayload(file: string, dest: string): Promise<BackupManifest> {
  const { manifest, payloadOffset } = await readBackupManifest(file);
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(
    createReadStream(file, { start: payloadOffset }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(dest),
  );
  if (bytes !== manifest.payloadBytes || hash.digest('hex') !== manifest.sha256)
    throw new BackupError(
      `备份文件 ${file} 不完整或已损坏`,
      `the backup file ${file} is incomplete or corrupt (checksum mismatch)`,
    );
  return manifest;
}
