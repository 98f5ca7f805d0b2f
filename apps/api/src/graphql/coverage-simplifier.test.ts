import { readFileSync } from 'node:fs';
import { simplifyCoverage } from '@atlas/geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { type CoverageFeature, CoverageSimplifier } from './coverage-simplifier';

const counties = (
  JSON.parse(
    readFileSync(new URL('../../../../packages/data/geo/counties.json', import.meta.url), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>
).features.map(
  (f, i): CoverageFeature => ({ type: 'Feature', properties: { id: String(i) }, geometry: f.geometry }),
);

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await work();
  clearInterval(tick);
  return longest;
}

describe('CoverageSimplifier', () => {
  const simplifier = new CoverageSimplifier();
  afterAll(() => simplifier.close());

  it('simplifies in a worker thread exactly as inline', async () => {
    const off = await simplifier.simplify(counties, 9);
    expect(simplifier.offThread).toBe(true);
    expect(off).toEqual(simplifyCoverage(counties, 9));
  });

  it('keeps the event loop free while it works', async () => {
    await simplifier.simplify(counties, 12);
    const stall = await longestStall(() => simplifier.simplify(counties, 10));
    // Inline, the same work holds the loop for most of a second on this machine.
    expect(stall).toBeLessThan(150);
  });

  it('takes several layers at once, each answered with its own', async () => {
    const [seven, eight] = await Promise.all([
      simplifier.simplify(counties, 7),
      simplifier.simplify(counties, 8),
    ]);
    expect(seven).toEqual(simplifyCoverage(counties, 7));
    expect(eight).toEqual(simplifyCoverage(counties, 8));
  });
});
