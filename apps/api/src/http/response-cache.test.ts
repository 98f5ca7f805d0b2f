import { describe, expect, it } from 'vitest';
import { type CachedResponse, ResponseCache } from './response-cache';

const answer = (version: number, bytes: number): CachedResponse => ({
  version,
  status: 200,
  headers: {},
  body: 'x'.repeat(bytes),
});

describe('ResponseCache', () => {
  it('serves an answer only at the data version it was computed for', () => {
    const cache = new ResponseCache();
    cache.set('a', answer(3, 10));
    expect(cache.get('a', 3)?.body).toHaveLength(10);
    expect(cache.get('a', 4)).toBeNull();
    expect(cache.get('a', 3)).toBeNull();
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('holds no more bytes than its limit, dropping the least recently used first', () => {
    const cache = new ResponseCache({ maxBytes: 100_000, maxEntryBytes: 40_000 });
    for (let i = 0; i < 50; i++) cache.set(`k${i}`, answer(1, 30_000));
    expect(cache.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBe(3);
    expect(cache.get('k49', 1)).not.toBeNull();
    expect(cache.get('k0', 1)).toBeNull();
  });

  it('never stores an answer over the per-entry limit', () => {
    const cache = new ResponseCache({ maxBytes: 10_000_000, maxEntryBytes: 1_000_000 });
    expect(cache.set('big', answer(1, 2_000_000))).toBe(false);
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('charges multi-byte characters by their UTF-8 bytes', () => {
    const cache = new ResponseCache({ maxBytes: 10_000_000, maxEntryBytes: 10_000 });
    // 4,000 Chinese characters are 12,000 bytes in UTF-8: over the limit though under 10,000 characters.
    expect(cache.set('zh', { version: 1, status: 200, headers: {}, body: '周'.repeat(4_000) })).toBe(false);
  });
});

describe('what the cache keys and keeps', () => {
  const read = { role: 'viewer', method: 'POST', search: '', body: '{"query":"{ zones { code } }"}' };

  it('keys a read by the caller’s role as well as the request', () => {
    expect(ResponseCache.keyOfRead(read)).toBe(ResponseCache.keyOfRead({ ...read }));
    expect(ResponseCache.keyOfRead(read)).not.toBe(ResponseCache.keyOfRead({ ...read, role: 'planner' }));
    expect(ResponseCache.keyOfRead(read)).not.toBe(ResponseCache.keyOfRead({ ...read, search: '?x' }));
  });

  it('keeps only whole successes, judged by the errors counted, not by the text', () => {
    expect(ResponseCache.cacheable(200, 0)).toBe(true);
    expect(ResponseCache.cacheable(200, 1)).toBe(false);
    expect(ResponseCache.cacheable(400, 0)).toBe(false);
  });
});
