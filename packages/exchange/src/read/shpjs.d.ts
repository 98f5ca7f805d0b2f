// shpjs ships no types; these are the two parsers the Shapefile reader uses (shpjs 6, lib/index.js).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';

  /** The shapes of a `.shp`, in file order; a null shape is null. Without `prj`, coordinates as stored. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): (Geometry | null)[];

  /** The records of a `.dbf`, decoded with the `TextDecoder` label `encoding` (UTF-8 when absent). */
  export function parseDbf(
    dbf: ArrayBuffer | ArrayBufferView,
    encoding?: string,
  ): Record<string, string | number | boolean | Date>[];
}
