import { parentPort } from 'node:worker_threads';
import { simplifyCoverage } from '@atlas/geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** One layer to simplify at one zoom, and the id its answer goes back under. */
export interface SimplifyRequest {
  readonly id: number;
  readonly features: Feature<Polygon | MultiPolygon, { id: string }>[];
  readonly zoom: number;
}

export type SimplifyReply =
  | { readonly id: number; readonly features: Feature<Polygon | MultiPolygon, { id: string }>[] }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', ({ id, features, zoom }: SimplifyRequest) => {
  try {
    parentPort?.postMessage({ id, features: simplifyCoverage(features, zoom) } satisfies SimplifyReply);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message } satisfies SimplifyReply);
  }
});
parentPort?.postMessage('ready');
