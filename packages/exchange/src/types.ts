import type { Geometry } from 'geojson';

/** The file formats the atlas reads. */
export const FILE_KINDS = ['geojson', 'shp.zip', 'kml', 'kmz', 'csv', 'xlsx'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The file formats the atlas writes. */
export const EXPORT_FORMATS = ['geojson', 'csv', 'xlsx', 'shp.zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a hostile file may cost before anything is parsed; every limit is checked before the work. */
export interface ReadLimits {
  /** The file itself (a setting, ATLAS_IMPORT_MAX_BYTES; default 50 MB). */
  readonly maxBytes: number;
  readonly maxFeatures: number;
  /** The sum of a zip's entries' declared uncompressed sizes, checked before extracting. */
  readonly maxUncompressedBytes: number;
  readonly maxZipEntries: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxFeatures: 50_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 200,
};

/** One feature as the file holds it: its geometry still in the file's datum, attributes as named there. */
export interface ReadFeature {
  /** 1-based: the row a planner sees in Excel (after the header) or the feature's order in the file. */
  readonly row: number;
  readonly geometry: Geometry | null;
  readonly properties: Record<string, unknown>;
}

export interface ReadResult {
  readonly kind: FileKind;
  readonly features: ReadFeature[];
  /**
   * The datum the file says it is in (a Shapefile's `.prj`, a GeoJSON `crs` member, KML is always
   * WGS 84), as a `Datum` string of @atlas/geo ('WGS84', 'CGCS2000', 'EPSG:4547' …), or null when the
   * file does not say.
   */
  readonly datum: string | null;
  /** What the datum was read from, for the dry run's report (e.g. "zones.prj: CGCS2000_3_Degree_GK_CM_114E"). */
  readonly datumEvidence: string | null;
  readonly warnings: string[];
}

export type FileRefusal =
  | 'TOO_LARGE'
  | 'TOO_MANY_FEATURES'
  | 'ZIP_BOMB'
  | 'ZIP_PATH'
  | 'ZIP_ENTRIES'
  | 'MALFORMED'
  | 'UNKNOWN_FORMAT'
  | 'UNKNOWN_DATUM'
  | 'DATUM_MISMATCH';

/** A file refused before anything is written, with a message in Chinese and English. */
export class FileRefusedError extends Error {
  constructor(
    readonly refusal: FileRefusal,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
    this.name = 'FileRefusedError';
  }
}

/** One column of an exported table; `key` is the GraphQL field name (and the import's). */
export interface ExportColumn {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly type: 'string' | 'number' | 'integer' | 'date' | 'boolean';
  /** Excel's number format, e.g. '#,##0.00 "亿元"' or '0.0%'. */
  readonly numFmt?: string;
}

export interface ExportRow {
  readonly id: string;
  /** WGS 84 (RFC 7946), or null for a table without geometry (plan targets, ranking, reports). */
  readonly geometry: Geometry | null;
  readonly properties: Record<string, unknown>;
}

export interface ExportTable {
  /** The GraphQL name of the layer: 'zones', 'projects', 'roadLinks' … */
  readonly layer: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly ExportRow[];
  /** Whether the layer has geometry at all (a Shapefile needs it; CSV adds WKT and lng/lat columns). */
  readonly hasGeometry: boolean;
}
