import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  readonly version: number;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface ResponseCacheLimits {
  /** Bytes all entries may hold together. */
  readonly maxBytes: number;
  /** An answer larger than this is never cached: one huge answer must not evict a hundred map loads. */
  readonly maxEntryBytes: number;
}

/**
 * 64 MiB in all, 4 MiB an answer: the map's opening answers (about 0.4 MB) fit by the hundred, and
 * a flood of distinct oversized answers (17 MB each was seen) costs no memory past the request.
 */
export const RESPONSE_CACHE_LIMITS: ResponseCacheLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 4 * 1024 * 1024,
};

/** Key, headers and bookkeeping beside the body; a fixed estimate keeps sizing O(1). */
const ENTRY_OVERHEAD_BYTES = 1024;

/**
 * Answers to read-only GraphQL requests, keyed by the request and valid for one data version:
 * every write bumps the version, so an entry is served only while the data it was computed from
 * is still the data. Bounded in bytes; least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  hits = 0;
  misses = 0;

  constructor(readonly limits: ResponseCacheLimits = RESPONSE_CACHE_LIMITS) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: limits.maxBytes,
      maxEntrySize: limits.maxEntryBytes,
      sizeCalculation: ResponseCache.sizeOf,
    });
  }

  static keyOf(request: string): string {
    return createHash('sha256').update(request).digest('base64url');
  }

  /** What an entry is charged: its body's bytes (JavaScript strings may hold 2 bytes a character). */
  static sizeOf(entry: CachedResponse): number {
    return Buffer.byteLength(entry.body) + ENTRY_OVERHEAD_BYTES;
  }

  get(key: string, version: number): CachedResponse | null {
    const entry = this.entries.get(key);
    if (entry?.version === version) {
      this.hits += 1;
      return entry;
    }
    if (entry) this.entries.delete(key);
    this.misses += 1;
    return null;
  }

  /** Stores an answer unless it is over the per-entry limit; true when stored. */
  set(key: string, entry: CachedResponse): boolean {
    if (ResponseCache.sizeOf(entry) > this.limits.maxEntryBytes) return false;
    this.entries.set(key, entry);
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes charged to the entries held now. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
