import { type CoverageLayer, coverageFeatures } from '@atlas/core';
import type { AtlasDb } from '@atlas/db';
import { simplifyCoverage } from '@atlas/geo';
import type { MultiPolygon, Polygon } from 'geojson';

type Simplified = Map<string, Polygon | MultiPolygon>;

/**
 * Simplified polygons per (layer, zoom, data version), shared by all requests: a map load at a
 * zoom already seen costs no simplification. Old versions are dropped as soon as a new one is asked for.
 */
export class GeometryCache {
  private version = -1;
  private readonly entries = new Map<string, Promise<Simplified>>();

  async geometryOf(db: AtlasDb, dataVersion: number, layer: CoverageLayer, zoom: number, id: string) {
    if (dataVersion !== this.version) {
      this.entries.clear();
      this.version = dataVersion;
    }
    const key = `${layer}:${Math.floor(zoom)}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = coverageFeatures(db, layer).then(
        (features) =>
          new Map(simplifyCoverage(features, Math.floor(zoom)).map((f) => [f.properties.id, f.geometry])),
      );
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
    }
    return (await entry).get(id) ?? null;
  }
}
