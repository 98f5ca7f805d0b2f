import { type CoverageLayer, coverageFeatures, zoneFootprintsVersion } from '@atlas/core';
import { countyAtZoom } from '@atlas/data';
import type { AtlasDb } from '@atlas/db';
import { FULL_DETAIL_ZOOM, frozenGeometry, simplifyCoverage } from '@atlas/geo';
import type { MultiPolygon, Polygon } from 'geojson';

type Simplified = Map<string, Polygon | MultiPolygon>;

/**
 * The zoom a request's zoom is served at: whole, and within 0 … {@link FULL_DETAIL_ZOOM}, where the
 * coverage is already at full detail. Any Int is a valid argument, so without this each distinct
 * zoom (15, 16, … 2³¹) would keep its own copy of the layer.
 */
export function cachedZoom(zoom: number): number {
  return Math.min(Math.max(Math.floor(zoom), 0), FULL_DETAIL_ZOOM);
}

/**
 * Polygons simplified for a zoom, shared by all requests. Counties were simplified when the geodata
 * was built (no write touches them): they come from `@atlas/data`, never simplified here. Zone
 * footprints, which planners edit, are simplified together per zoom (ten small squares: a few
 * milliseconds) and kept until a zone changes: the cache is keyed by the zones' own versions, read
 * once per data version, so a write to a project or a target leaves it in place.
 */
export class GeometryCache {
  private zonesVersion = '';
  private checkedAt = -1;
  private checking: Promise<string> | null = null;
  private readonly zones = new Map<number, Promise<Simplified>>();

  async geometryOf(
    db: AtlasDb,
    dataVersion: number,
    layer: CoverageLayer,
    zoom: number,
    id: string,
  ): Promise<Polygon | MultiPolygon | null> {
    const level = cachedZoom(zoom);
    if (layer === 'COUNTIES') return countyAtZoom(id, level) ?? null;
    if (level >= FULL_DETAIL_ZOOM) return null;
    await this.followZones(db, dataVersion);
    let entry = this.zones.get(level);
    if (!entry) {
      entry = coverageFeatures(db, 'ZONES').then(
        (features) =>
          new Map(
            simplifyCoverage(features, level).map((f) => [f.properties.id, frozenGeometry(f.geometry)]),
          ),
      );
      this.zones.set(level, entry);
      entry.catch(() => this.zones.delete(level));
    }
    return (await entry).get(id) ?? null;
  }

  /** Zone footprints held now, each the whole layer at one zoom. */
  get size(): number {
    return this.zones.size;
  }

  /** After a write (a new data version), asks once whether a zone changed, and drops the zones if so. */
  private async followZones(db: AtlasDb, dataVersion: number): Promise<void> {
    if (dataVersion !== this.checkedAt) {
      this.checkedAt = dataVersion;
      this.checking = zoneFootprintsVersion(db);
      this.checking.catch(() => {
        this.checkedAt = -1;
      });
    }
    const version = await (this.checking ?? Promise.resolve(this.zonesVersion));
    if (version !== this.zonesVersion) {
      this.zones.clear();
      this.zonesVersion = version;
    }
  }
}
