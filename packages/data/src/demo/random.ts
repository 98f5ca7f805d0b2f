/**
 * A seeded pseudo-random source (mulberry32), so demo data is the same on every machine and
 * every seed run: reseeding must leave the same rows.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  int(min: number, maxInclusive: number): number {
    return Math.floor(this.between(min, maxInclusive + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

/** Splits `total` into parts proportional to `weights`, rounded to `decimals`, summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[], decimals = 0): number[] {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * units);
  const parts = raw.map(Math.floor);
  let rest = units - parts.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => ({ i, r: r - Math.floor(r) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (rest-- <= 0) break;
    parts[i] = (parts[i] as number) + 1;
  }
  return parts.map((p) => p / scale);
}

/** Zero-padded sequence number for demo names: 7 → "007". */
export const seq = (n: number, width = 3) => String(n).padStart(width, '0');
