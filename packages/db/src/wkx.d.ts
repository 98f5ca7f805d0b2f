declare module 'wkx' {
  import type { Geometry as GeoJsonGeometry } from 'geojson';
  export class Geometry {
    static parse(value: Buffer | string): Geometry;
    toGeoJSON(): GeoJsonGeometry;
  }
}
