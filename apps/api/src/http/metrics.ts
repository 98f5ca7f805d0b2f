import type { PoolUsage } from '@atlas/db';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ResponseCache } from './response-cache';

/** What the metrics read when scraped, rather than on every request. */
export interface MetricSources {
  readonly cache: ResponseCache;
  readonly pool: (() => PoolUsage) | null;
  /** The last data version the server saw, or null before the first request. */
  readonly dataVersion: () => number | null;
}

/** Operation names come from clients: past this many distinct ones, the rest are counted as "other". */
const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z_]{0,39}$/;

export interface AtlasMetrics {
  readonly registry: Registry;
  /** Records one GraphQL request's duration. */
  observe(
    request: { operation: string | undefined; kind: string; cache: 'hit' | 'miss' },
    seconds: number,
  ): void;
  /** Counts one error by its `extensions.code`. */
  countError(code: string): void;
  /** The Prometheus text exposition. */
  render(): Promise<{ contentType: string; body: string }>;
}

/**
 * Prometheus metrics (prom-client) in a registry of this server's own, so several servers in one
 * process (tests) never share or double-register a metric.
 */
export function createMetrics(sources: MetricSources): AtlasMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'atlas_' });
  const duration = new Histogram({
    name: 'atlas_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name, kind (query, mutation) and response cache outcome',
    labelNames: ['operation', 'kind', 'cache'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'atlas_graphql_errors_total',
    help: 'Errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  gauges(registry, sources);
  const operations = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (operations.has(name)) return name;
    if (operations.size >= MAX_OPERATION_LABELS) return 'other';
    operations.add(name);
    return name;
  };
  return {
    registry,
    observe: ({ operation, kind, cache }, seconds) =>
      duration.observe({ operation: operationLabel(operation), kind, cache }, seconds),
    countError: (code) => errors.inc({ code: ERROR_CODE.test(code) ? code : 'OTHER' }),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}

function gauges(registry: Registry, { cache, pool, dataVersion }: MetricSources): void {
  const gauge = (name: string, help: string, read: () => number | null) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const value = read();
        if (value !== null) this.set(value);
      },
    });
  // Hits and misses are the `cache` label of the request histogram's _count series.
  gauge('atlas_response_cache_bytes', 'Bytes held by the response cache', () => cache.bytes);
  gauge('atlas_response_cache_entries', 'Answers held by the response cache', () => cache.size);
  gauge('atlas_data_version', 'The data version last seen: every write bumps it', dataVersion);
  if (!pool) return;
  gauge('atlas_db_pool_max', 'Connections the pool may open', () => pool().max);
  gauge('atlas_db_pool_in_use', 'Connections running a statement or a transaction', () => pool().inUse);
  gauge(
    'atlas_db_pool_waiting',
    'Statements and transactions waiting for a connection',
    () => pool().waiting,
  );
}
