import { Worker } from 'node:worker_threads';
import { simplifyCoverage } from '@atlas/geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SimplifyReply, SimplifyRequest } from './simplify-task';

export type CoverageFeature = Feature<Polygon | MultiPolygon, { id: string }>;

interface Pending {
  resolve(features: CoverageFeature[]): void;
  reject(error: Error): void;
}

/**
 * Simplifies a coverage layer off the event loop. Simplifying the counties at one zoom is about a
 * second of TopoJSON work (1.6 s at zoom 9 on this machine); on the event loop it would hold every
 * other request that long, and anyone may ask for any zoom. One worker thread, started at first
 * use, takes the layers in turn. Should it fail to start, the work is done inline, as before.
 */
export class CoverageSimplifier {
  private worker: Promise<Worker | null> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Whether the last simplification ran in the worker (false: inline). */
  offThread = false;

  constructor(private readonly onInline: (reason: string) => void = () => {}) {}

  async simplify(features: CoverageFeature[], zoom: number): Promise<CoverageFeature[]> {
    this.worker ??= this.start();
    const worker = await this.worker;
    if (!worker) {
      this.offThread = false;
      return simplifyCoverage(features, zoom);
    }
    this.offThread = true;
    const id = this.nextId++;
    return new Promise<CoverageFeature[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, features, zoom } satisfies SimplifyRequest);
    });
  }

  async close(): Promise<void> {
    const worker = await this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Promise<Worker | null> {
    return new Promise((resolve) => {
      const worker = new Worker(new URL('./simplify-worker.mjs', import.meta.url));
      worker.unref();
      worker.once('message', () => resolve(worker));
      worker.on('message', (reply: SimplifyReply | 'ready') => this.settle(reply));
      worker.on('error', (error) => {
        this.onInline(error.message);
        this.failAll(error);
        this.worker = null;
        resolve(null);
      });
    });
  }

  private settle(reply: SimplifyReply | 'ready'): void {
    if (reply === 'ready') return;
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('error' in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve(reply.features);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
