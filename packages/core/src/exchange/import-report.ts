import type { FileKind } from '@atlas/exchange';
import type { FeatureCollection, Geometry } from 'geojson';

/** The layers a file may be imported into, by their GraphQL names. */
export const IMPORT_LAYERS = [
  'projects',
  'zones',
  'roadLinks',
  'gridProjects',
  'facilities',
  'relocationSites',
] as const;
export type ImportLayer = (typeof IMPORT_LAYERS)[number];

export const isImportLayer = (name: string): name is ImportLayer =>
  (IMPORT_LAYERS as readonly string[]).includes(name);

/** How one attribute or column name of the file was taken. */
export type MappingHow = 'exact' | 'truncated' | 'header' | 'table' | 'unmapped';

export interface ImportMapping {
  readonly from: string;
  /** The GraphQL input field it fills, or null when ignored. */
  readonly to: string | null;
  readonly how: MappingHow;
}

export interface ImportRowError {
  /** The file's row (1-based, as `ReadFeature.row`). */
  readonly row: number;
  readonly field: string | null;
  /** '中文 / English'. */
  readonly message: string;
}

export type ImportAction = 'create' | 'update' | 'error';

export interface ImportPreviewProperties {
  readonly row: number;
  readonly action: ImportAction;
  readonly name: string | null;
}

export interface ImportFile {
  readonly name: string | null;
  /** SHA-256 of the bytes, hex. */
  readonly digest: string;
  readonly bytes: number;
  readonly kind: FileKind;
}

export interface ImportDatum {
  /** The datum the geometries were converted from ('WGS84', 'EPSG:4547' …). */
  readonly used: string;
  readonly from: 'file' | 'user' | 'default';
  readonly evidence: string | null;
}

/** What an import did or, in a dry run, would do: the JSON `POST /import/{layer}` answers. */
export interface ImportReport {
  readonly layer: ImportLayer;
  readonly dryRun: boolean;
  /** True only when a commit was asked for and every row passed: then all rows were written. */
  readonly committed: boolean;
  readonly file: ImportFile;
  readonly datum: ImportDatum;
  readonly rows: number;
  /**
   * Rows created and updated; in a dry run or a refused commit, the rows that passed their checks
   * and would have been (nothing was written: `committed` says so).
   */
  readonly created: number;
  readonly updated: number;
  readonly mapping: ImportMapping[];
  readonly errors: ImportRowError[];
  readonly warnings: string[];
  /** Every row's geometry in WGS 84, as it would land on the map. */
  readonly preview: FeatureCollection<Geometry | null, ImportPreviewProperties>;
}
