import gcoord from 'gcoord';
import type { GeoJSON } from 'geojson';

/**
 * Converts a GeoJSON object from GCJ-02 ("Mars" coordinates, used by Chinese web maps) to WGS 84.
 * GCJ-02 is offset by a few hundred metres from true; storing it unconverted would put every
 * county border that far from the rivers and the zones.
 *
 * @example
 * const wgs84 = gcj02ToWgs84(countyFeatureCollection);
 */
export function gcj02ToWgs84<T extends GeoJSON>(geojson: T): T {
  // gcoord mutates its input; work on a copy so callers keep their source intact.
  const copy = structuredClone(geojson);
  return gcoord.transform(copy as never, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
}
