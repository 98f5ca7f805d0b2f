import { createHash } from 'node:crypto';

export interface CachedResponse {
  readonly version: number;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Answers to read-only GraphQL requests, keyed by the request and valid for one data version:
 * every write bumps the version, so an entry is served only while the data it was computed from
 * is still the data. Least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  constructor(private readonly capacity = 256) {}

  static keyOf(request: string): string {
    return createHash('sha256').update(request).digest('base64url');
  }

  get(key: string, version: number): CachedResponse | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.version !== version) return null;
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
