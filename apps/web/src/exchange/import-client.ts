import type { FeatureCollection } from 'geojson';
import type { ApiError } from '../graphql/request';

/** The layers a file can be imported into, by the API's (GraphQL's) names. */
export const IMPORT_LAYERS = [
  'projects',
  'zones',
  'roadLinks',
  'gridProjects',
  'facilities',
  'relocationSites',
] as const;
export type ImportLayer = (typeof IMPORT_LAYERS)[number];

/**
 * The datums a planner may name, as the API's `datum=` takes them; `auto` sends none, so the API
 * reads the file's own (`.prj`, a GeoJSON `crs`). The Gauss–Krüger zones are those over Zhoukou:
 * central meridians 114°E and 117°E, without (4547, 4548) and with (4526, 4527) the zone number
 * in front of the easting.
 */
export const IMPORT_DATUMS = [
  'auto',
  'WGS84',
  'CGCS2000',
  'EPSG:4547',
  'EPSG:4548',
  'EPSG:4526',
  'EPSG:4527',
  'GCJ02',
  'BD09',
] as const;
export type ImportDatum = (typeof IMPORT_DATUMS)[number];

/** A row's fate in the preview: the API's `action`. */
export type PreviewAction = 'create' | 'update' | 'error';

/** The API's answer to a dry run or a commit (`POST /import/{layer}`). */
export interface ImportReport {
  readonly layer: string;
  readonly dryRun: boolean;
  readonly committed: boolean;
  readonly file: {
    readonly name: string;
    readonly bytes: number;
    readonly digest: string;
    readonly kind: string;
  };
  readonly datum: {
    readonly used: string;
    readonly from: 'file' | 'user' | 'default';
    readonly evidence?: string | null;
  };
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  /** How each column or attribute was read; `to` is null for one left unused. */
  readonly mapping: readonly { readonly from: string; readonly to: string | null; readonly how: string }[];
  readonly errors: readonly {
    readonly row: number;
    readonly field: string | null;
    readonly message: string;
  }[];
  readonly warnings: readonly string[];
  readonly preview: FeatureCollection;
}

/** What came back: the report (200, or 422 when a commit found rows in error), or the refusal. */
export type ImportAnswer =
  | { readonly kind: 'report'; readonly report: ImportReport }
  | { readonly kind: 'refused'; readonly status: number; readonly message: string; readonly code: string };

/** The query string of an import: the datum unless the file is to say it, the run's kind, the file's name. */
export function importSearch(datum: ImportDatum, dryRun: boolean, filename: string): string {
  const params = new URLSearchParams();
  if (datum !== 'auto') params.set('datum', datum);
  params.set('dryRun', String(dryRun));
  params.set('filename', filename);
  return params.toString();
}

const isReport = (body: unknown): body is ImportReport =>
  typeof body === 'object' && body !== null && 'rows' in body && 'preview' in body;

/**
 * Sends a file to this app's /import route (passed on to the API, the body streamed) and reads the
 * answer. The browser sends the file as it reads it: nothing is loaded into the page.
 *
 * @example
 * const answer = await sendImport('zones', file, 'auto', true);
 * if (answer.kind === 'report') show(answer.report.preview);
 */
export async function sendImport(
  layer: ImportLayer,
  file: File,
  datum: ImportDatum,
  dryRun: boolean,
): Promise<ImportAnswer> {
  const response = await fetch(`/import/${layer}?${importSearch(datum, dryRun, file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (isReport(body)) return { kind: 'report', report: body };
  const error = (body as { errors?: ApiError[] } | null)?.errors?.[0];
  return {
    kind: 'refused',
    status: response.status,
    message: error?.message ?? `HTTP ${response.status}`,
    code: error?.extensions?.code ?? 'UNKNOWN',
  };
}
