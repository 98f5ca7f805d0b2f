import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { Polygon, Position } from 'geojson';

const round6 = (v: number) => Number(v.toFixed(6));

/**
 * A surveyed boundary near a zone's schematic footprint: its bounding box grown by `margin` degrees
 * on every side, with a vertex pushed out of the north edge, so it is no square and holds the old
 * footprint (and the zone's projects). Counter-clockwise, six decimals, as the atlas stores it.
 */
export function surveyedBoundary([west, south, east, north]: number[], margin = 0.003): Polygon {
  const w = round6((west ?? 0) - margin);
  const s = round6((south ?? 0) - margin);
  const e = round6((east ?? 0) + margin);
  const n = round6((north ?? 0) + margin);
  const ring: Position[] = [
    [w, s],
    [e, s],
    [e, n],
    [round6((w + e) / 2), round6(n + margin)],
    [w, n],
    [w, s],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * A zipped Shapefile of one zone's boundary in CGCS2000 3° Gauss–Krüger, CM 114°E (EPSG:4547), made
 * by GDAL (the outside tool) from the WGS 84 polygon, with its `.prj` and `.cpg`, and `properties`
 * as its attributes (UTF-8).
 */
export function gaussKrugerShapefileZip(polygon: Polygon, properties: Record<string, string>): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-survey-'));
  try {
    const source = join(dir, 'survey.geojson');
    writeFileSync(
      source,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties, geometry: polygon }],
      }),
    );
    execFileSync('ogr2ogr', [
      '-f',
      'ESRI Shapefile',
      '-s_srs',
      'EPSG:4326',
      '-t_srs',
      'EPSG:4547',
      '-lco',
      'ENCODING=UTF-8',
      join(dir, 'zone_survey.shp'),
      source,
    ]);
    const files = readdirSync(dir).filter((f) => f.startsWith('zone_survey.'));
    return zipSync(Object.fromEntries(files.map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The .prj GDAL writes for EPSG:4547, for the test to say what the file claimed. */
export function prjOf(zip: Uint8Array): string {
  const entry = Object.entries(unzipSync(zip)).find(([name]) => name.endsWith('.prj'));
  return entry ? new TextDecoder().decode(entry[1]) : '';
}

/** A worksheet's rows as text cells: the first is its header row. */
export async function sheetRows(path: string): Promise<{ sheets: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => cellText(v)));
  });
  return { sheets: workbook.worksheets.map((s) => s.name), rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.result !== undefined) return String(v.result);
  }
  return String(value);
}
