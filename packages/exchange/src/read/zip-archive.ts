import { Inflate } from 'fflate';
import type { ReadLimits } from '../types';
import { isRefusal, reasonOf, refuse } from './refusals';
import { decodeText } from './text-encoding';

/** One file in a zip, as its central directory declares it; nothing is inflated yet. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** The uncompressed size the archive declares; a hostile archive may lie, so inflation checks it. */
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/**
 * Deflate expands at most about 1032 to 1: pushing 4 KiB at a time keeps each burst of output
 * under ~4 MiB, so a lying archive is stopped before it has cost much memory.
 */
const INFLATE_CHUNK = 4 * 1024;

/** Whether the bytes begin like a zip (a local entry, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, so it is near the end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw refuse.malformed('找不到 zip 目录', 'no zip central directory');
}

/** Entry names are UTF-8 when flagged so; otherwise Chinese Windows tools write GBK. */
function entryName(raw: Uint8Array, utf8Flag: boolean): string {
  return utf8Flag ? new TextDecoder().decode(raw) : decodeText(raw).text;
}

/**
 * The entries a zip's central directory lists, read without inflating anything. The entry count
 * is checked against `maxEntries` from the end record before the directory is walked.
 */
export function listZipEntries(bytes: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw refuse.malformed('zip 过短', 'zip too short');
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === ZIP64_MARK) {
    throw refuse.malformed('不支持 ZIP64 压缩包', 'ZIP64 archives are not supported');
  }
  if (count > maxEntries) throw refuse.zipEntries(count, maxEntries);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_ENTRY) {
      throw refuse.malformed('zip 目录损坏', 'broken zip central directory');
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw refuse.malformed('zip 目录损坏', 'broken zip central directory');
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK) {
      throw refuse.malformed('不支持 ZIP64 压缩包', 'ZIP64 archives are not supported');
    }
    entries.push({
      name: entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      localHeaderOffset: view.getUint32(at + 42, true),
      encrypted: (flags & 1) !== 0,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A name that would land outside the folder it is extracted to: `..`, an absolute path, a drive. */
function escapesArchive(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return (
    path.includes('\0') ||
    path.startsWith('/') ||
    /^[a-zA-Z]:/.test(path) ||
    path.split('/').some((segment) => segment === '..')
  );
}

/** Entry count, paths and the declared total size, all checked before a byte is inflated. */
function checkZipEntries(entries: readonly ZipEntry[], limits: ReadLimits): void {
  if (entries.length > limits.maxZipEntries) throw refuse.zipEntries(entries.length, limits.maxZipEntries);
  let declared = 0;
  for (const entry of entries) {
    if (escapesArchive(entry.name)) throw refuse.zipPath(entry.name);
    declared += entry.size;
  }
  if (declared > limits.maxUncompressedBytes) throw refuse.zipBomb(limits.maxUncompressedBytes);
}

/** Inflated bytes counted across all the entries of one archive, against the archive's limit. */
class InflateAllowance {
  private spent = 0;

  constructor(private readonly max: number) {}

  spend(bytes: number): void {
    this.spent += bytes;
    if (this.spent > this.max) throw refuse.zipBomb(this.max);
  }
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_ENTRY) {
    throw refuse.malformed(`zip 条目 ${entry.name} 损坏`, `broken zip entry ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.byteLength) {
    throw refuse.malformed(`zip 条目 ${entry.name} 被截断`, `zip entry ${entry.name} is truncated`);
  }
  return bytes.subarray(start, stop);
}

/**
 * One entry inflated with a running count: past its declared size or the archive's limit it stops
 * and refuses, whatever the directory said. With `keep` false the bytes are only counted.
 */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  allowance: InflateAllowance,
  keep: boolean,
  limit: number,
): Uint8Array {
  if (entry.encrypted) {
    throw refuse.malformed(`zip 条目 ${entry.name} 已加密`, `zip entry ${entry.name} is encrypted`);
  }
  const data = compressedData(bytes, entry);
  if (entry.method === STORED) {
    if (data.byteLength !== entry.size) throw refuse.zipBomb(limit);
    allowance.spend(data.byteLength);
    return keep ? data.slice() : new Uint8Array(0);
  }
  if (entry.method !== DEFLATED) {
    throw refuse.malformed(
      `zip 条目 ${entry.name} 的压缩方式 ${entry.method} 不受支持`,
      `zip entry ${entry.name} uses unsupported compression method ${entry.method}`,
    );
  }
  const out = keep ? new Uint8Array(entry.size) : null;
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.byteLength > entry.size) throw refuse.zipBomb(limit);
    allowance.spend(chunk.byteLength);
    out?.set(chunk, written);
    written += chunk.byteLength;
  });
  try {
    for (let at = 0; at < data.byteLength; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.byteLength);
      inflater.push(data.subarray(at, end), end === data.byteLength);
    }
    if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (isRefusal(error)) throw error;
    throw refuse.malformed(
      `zip 条目 ${entry.name} 无法解压（${reasonOf(error)}）`,
      `zip entry ${entry.name} cannot be inflated (${reasonOf(error)})`,
    );
  }
  return out ? out.subarray(0, written) : new Uint8Array(0);
}

function isMacMetadata(name: string): boolean {
  return name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name);
}

/**
 * A zip's wanted entries, inflated under the limits (count, paths and declared size first, then a
 * running count while inflating). With `verifyRest`, the other entries are inflated too and only
 * counted: for a workbook handed whole to a library, which would inflate them all.
 */
export function readZip(
  bytes: Uint8Array,
  limits: ReadLimits,
  wanted: (name: string) => boolean,
  verifyRest = false,
): Map<string, Uint8Array> {
  const entries = listZipEntries(bytes, limits.maxZipEntries);
  checkZipEntries(entries, limits);
  const allowance = new InflateAllowance(limits.maxUncompressedBytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const keep = !isMacMetadata(entry.name) && wanted(entry.name);
    if (!keep && !verifyRest) continue;
    const inflated = inflateEntry(bytes, entry, allowance, keep, limits.maxUncompressedBytes);
    if (keep) files.set(entry.name, inflated);
  }
  return files;
}

/** The names in a zip, Mac resource forks left out; for telling a Shapefile from a workbook. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return listZipEntries(bytes)
    .map((entry) => entry.name)
    .filter((name) => !isMacMetadata(name));
}
