import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  /** The data version the answer was computed at. */
  readonly version: number;
  /**
   * The tables the answer read, with each one's version then. When given, the answer stays valid
   * while those tables are unchanged, whatever else is written; without it, only at `version`.
   */
  readonly reads?: Readonly<Record<string, number>>;
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

/** What a read's answer may depend on, and so what its cache key holds. */
export interface ReadRequest {
  /**
   * The caller's role. Reads may answer roles differently (a draft ranking for an inspector, not a
   * viewer), so one role's answer is never served to another.
   */
  readonly role: string;
  /**
   * Who the caller is beyond the role: the signed-in user, the service token's name, or anonymous,
   * with a zone reporter's zone (see `cacheIdentity`). Answers such as `me`, `users` or a zone's
   * draft report depend on it, so an answer is served only to the caller it was computed for. A
   * read whose answer moves without a data version (a token's last use) is not cached at all.
   */
  readonly caller?: string;
  readonly method: string;
  readonly search: string;
  /** The body as sent. */
  readonly body: string;
}

/**
 * Answers to read-only GraphQL requests, keyed by the request and the caller (who and role) and valid
 * while the data they were computed from is still the data: the tables the answer read, each at its
 * version then (a project edit leaves the counties' answer valid), or for an answer that did not
 * record its reads, one data version that every write bumps. Bounded in bytes; least recently used entries go first.
 *
 * The rule: an answer is cached only when it is a whole success (HTTP 200 and no error in the result,
 * as counted while Apollo formatted it, never guessed from the text) and depends only on the request,
 * the caller and the data version. Whatever breaks that (a read that depends on the clock, or on
 * anything outside the database) must not come through `answerRead`'s cache.
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

  /** The key of a read: its caller and role, method, query string and body. */
  static keyOfRead(read: ReadRequest): string {
    return ResponseCache.keyOf(
      JSON.stringify([read.caller ?? 'anonymous', read.role, read.method, read.search, read.body]),
    );
  }

  /** Whether an answer may be kept: a 200 whose result carried no error (see the rule above). */
  static cacheable(status: number, errors: number): boolean {
    return status === 200 && errors === 0;
  }

  /** What an entry is charged: its body's bytes (JavaScript strings may hold 2 bytes a character). */
  static sizeOf(entry: CachedResponse): number {
    return Buffer.byteLength(entry.body) + ENTRY_OVERHEAD_BYTES;
  }

  /**
   * The answer kept for `key`, if still valid: every table it read at the version it read
   * (`tables`, the versions now), or, for an answer that recorded no reads, the same data version.
   */
  get(key: string, version: number, tables?: Readonly<Record<string, number>>): CachedResponse | null {
    const entry = this.entries.get(key);
    if (entry && ResponseCache.stillValid(entry, version, tables)) {
      this.hits += 1;
      return entry;
    }
    if (entry) this.entries.delete(key);
    this.misses += 1;
    return null;
  }

  private static stillValid(
    entry: CachedResponse,
    version: number,
    tables: Readonly<Record<string, number>> | undefined,
  ): boolean {
    if (!entry.reads || !tables) return entry.version === version;
    for (const table in entry.reads) if ((tables[table] ?? 0) !== entry.reads[table]) return false;
    return true;
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
