import { performance } from 'node:perf_hooks';

/** One read through nginx: when it left, how long it took, and who answered (or why not). */
export interface ReadRecord {
  sentAt: number;
  ms: number;
  ok: boolean;
  status: number | null;
  /** nginx's X-Atlas-Upstream: every replica tried, the answering one last. */
  upstream: string;
  error?: string;
}

/**
 * A read the response cache has never seen (the search text is new each time), so each one runs
 * in a replica for a while and some are in flight when a replica dies.
 */
export const freshRead = (n: number) =>
  JSON.stringify({
    query: 'query Find($text: String!) { search(text: $text) { __typename } zones { code name } }',
    variables: { text: `周口${n}` },
  });

/**
 * `readers` loops of anonymous POST reads (as the map sends them) against `url`, until `ms` have
 * passed or `done(records so far)` says so.
 */
export async function readUnderLoad(
  url: string,
  readers: number,
  ms: number,
  done: (records: readonly ReadRecord[]) => boolean = () => false,
): Promise<ReadRecord[]> {
  const records: ReadRecord[] = [];
  const until = performance.now() + ms;
  let n = 0;
  async function reader() {
    while (performance.now() < until && !done(records)) {
      const sentAt = performance.now();
      n += 1;
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: freshRead(n),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
        const ok = response.status === 200 && Boolean(body.data) && !body.errors?.length;
        records.push({
          sentAt,
          ms: performance.now() - sentAt,
          ok,
          status: response.status,
          upstream: response.headers.get('x-atlas-upstream') ?? '',
          ...(ok ? {} : { error: JSON.stringify(body).slice(0, 300) }),
        });
      } catch (error) {
        records.push({
          sentAt,
          ms: performance.now() - sentAt,
          ok: false,
          status: null,
          upstream: '',
          error: String(error),
        });
      }
    }
  }
  await Promise.all(Array.from({ length: readers }, reader));
  return records;
}

/** The `p`th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The replica's address as nginx names it; the last one in X-Atlas-Upstream answered. */
export const answeredBy = (record: ReadRecord) => record.upstream.split(',').at(-1)?.trim() ?? '';
