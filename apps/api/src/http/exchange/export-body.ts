import type { LayerPage } from '@atlas/core';
import {
  csvLines,
  type ExportFormat,
  type ExportLanguage,
  geoJsonChunks,
  writeShapefileZip,
  writeXlsx,
} from '@atlas/exchange';

/** Each format's media type and file extension. */
export const EXPORT_MEDIA: Record<ExportFormat, { readonly type: string; readonly extension: string }> = {
  geojson: { type: 'application/geo+json', extension: 'geojson' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  'shp.zip': { type: 'application/zip', extension: 'shp.zip' },
};

/** The file's bytes in the format asked. Text formats are built a feature or line at a time. */
export async function exportBody(
  page: LayerPage,
  format: ExportFormat,
  lang: ExportLanguage,
): Promise<Buffer> {
  switch (format) {
    case 'geojson':
      return Buffer.from([...geoJsonChunks(page)].join(''));
    case 'csv':
      return Buffer.from([...csvLines(page, lang)].join(''));
    case 'xlsx':
      return Buffer.from(await writeXlsx([page], lang));
    case 'shp.zip':
      return Buffer.from(await writeShapefileZip(page, lang));
  }
}

/** `attachment` with the file's name, ASCII (layer keys are) and RFC 5987 for clients that want it. */
export function attachmentHeader(layer: string, day: string, format: ExportFormat): string {
  const name = `${layer}-${day}.${EXPORT_MEDIA[format].extension}`;
  return `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
