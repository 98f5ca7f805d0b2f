import { describe, expect, it } from 'vitest';
import { isJavaScript, kib, median, slope } from './bench-figures';

describe('the figures of pnpm bench:web', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, in any order', () => {
    expect(median([1800, 1200, 1500, 1300, 9000])).toBe(1500);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it('writes KB of 1024 bytes', () => {
    expect(kib(460_800)).toBe('450.0');
    expect(kib(1536)).toBe('1.5');
  });

  it('counts scripts, JavaScript content and .js/.mjs files, not styles or data', () => {
    expect(isJavaScript('http://h/_next/static/chunks/a.js', 'script', undefined)).toBe(true);
    expect(isJavaScript('http://h/maplibre/maplibre-gl-worker.mjs', 'other', undefined)).toBe(true);
    expect(isJavaScript('http://h/x', 'fetch', 'text/javascript; charset=utf-8')).toBe(true);
    expect(isJavaScript('http://h/_next/static/chunks/a.css', 'stylesheet', 'text/css')).toBe(false);
    expect(isJavaScript('http://h/graphql', 'fetch', 'application/json')).toBe(false);
  });

  it('fits the trend of a series: flat, rising, and too short to tell', () => {
    expect(
      slope([
        [0, 5],
        [1, 5],
        [2, 5],
      ]),
    ).toBe(0);
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(slope([[0, 1]])).toBe(0);
  });
});
