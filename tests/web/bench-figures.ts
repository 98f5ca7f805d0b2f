// Pure helpers of `pnpm bench:web`, kept apart from the script so a test can import them.

/** The median of some numbers: the middle one, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Bytes as KB of 1024 bytes, one decimal. */
export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Whether a response is JavaScript: by its resource type, its content type or its file name. */
export function isJavaScript(url: string, resourceType: string, contentType: string | undefined): boolean {
  if (resourceType === 'script') return true;
  if (contentType && /\bjavascript\b/i.test(contentType)) return true;
  return /\.m?js$/i.test(new URL(url).pathname);
}

/** Least-squares slope of y over x. */
export function slope(points: readonly [x: number, y: number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}
