import { DEFAULT_READ_LIMITS, type ReadLimits, type ReadResult } from '../types';
import { detectFileKind } from './detect-file-kind';
import { readCsv } from './read-csv';
import { readGeoJson } from './read-geojson';
import { readKml, readKmz } from './read-kml';
import { readShapefileZip } from './read-shapefile-zip';
import { readXlsx } from './read-xlsx';
import { refuse } from './refusals';

export interface ReadFeatureFileOptions {
  readonly contentType?: string;
  readonly filename?: string;
  readonly limits?: Partial<ReadLimits>;
  /** Names a workbook's sheet for this layer may have (its key, its Chinese and English titles). */
  readonly sheetNames?: readonly string[];
}

/**
 * The features of a planner's file, geometry still in the file's datum. Its size is checked
 * before anything else, and each reader checks its own limits before the work they bound.
 * Refusals throw `FileRefusedError`.
 *
 * @example
 * const { features, datum } = await readFeatureFile(bytes, { filename: 'zones.zip' });
 */
export async function readFeatureFile(
  bytes: Uint8Array,
  options: ReadFeatureFileOptions = {},
): Promise<ReadResult> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  if (bytes.byteLength > limits.maxBytes) throw refuse.tooLarge(bytes.byteLength, limits.maxBytes);
  const kind = detectFileKind(bytes, options.contentType, options.filename);
  switch (kind) {
    case 'geojson':
      return readGeoJson(bytes, limits);
    case 'shp.zip':
      return readShapefileZip(bytes, limits);
    case 'kml':
      return readKml(bytes, limits);
    case 'kmz':
      return readKmz(bytes, limits);
    case 'csv':
      return readCsv(bytes, limits);
    case 'xlsx':
      return readXlsx(bytes, limits, options.sheetNames);
  }
}
