import { type CoverageLayer, coverageFeatures } from '@atlas/core';
import type { AtlasDb } from '@atlas/db';
import { FULL_DETAIL_ZOOM } from '@atlas/geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { CoverageSimplifier } from './coverage-simplifier';

type Simplified = Map<string, Polygon | MultiPolygon>;

/**
 * The zoom a request's zoom is served at: whole, and within 0 … {@link FULL_DETAIL_ZOOM}, where the
 * coverage is already at full detail. Any Int is a valid argument, so without this each distinct
 * zoom (15, 16, … 2³¹) would keep its own copy of the layer for the whole data version.
 */
export function cachedZoom(zoom: number): number {
  return Math.min(Math.max(Math.floor(zoom), 0), FULL_DETAIL_ZOOM);
}

/**
 * Simplified polygons per (layer, zoom, data version), shared by all requests: a map load at a
 * zoom already seen costs no simplification. At most 15 zooms per layer are kept (see cachedZoom);
 * old versions are dropped as soon as a new one is asked for.
 */
export class GeometryCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<Simplified>>();

  constructor(readonly simplifier = new CoverageSimplifier()) {}

  async geometryOf(db: AtlasDb, dataVersion: number, layer: CoverageLayer, zoom: number, id: string) {
    if (dataVersion !== this.version) {
      this.entries.clear();
      this.version = dataVersion;
    }
    const level = cachedZoom(zoom);
    const key = `${layer}:${level}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = coverageFeatures(db, layer)
        .then((features) => this.simplifier.simplify(features, level))
        .then((features) => new Map(features.map((f) => [f.properties.id, f.geometry])));
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
    }
    return (await entry).get(id) ?? null;
  }

  /** Stops the simplification worker. */
  close(): Promise<void> {
    return this.simplifier.close();
  }

  /** Entries held now, each a whole layer at one zoom. */
  get size(): number {
    return this.entries.size;
  }
}
