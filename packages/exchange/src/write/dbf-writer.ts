import type { ExportColumn } from '../types';
import { dateText } from './export-cells';

/** One dBase field as written: its name, type letter, width in bytes and decimals. */
export interface DbfField {
  readonly name: string;
  readonly column: ExportColumn;
  readonly type: 'C' | 'N' | 'D' | 'L';
  readonly width: number;
  readonly decimals: number;
  /** How many values were cut to fit `width` (text over 254 bytes). */
  cut: number;
}

/** The widest a character field may be in dBase III. */
export const DBF_TEXT_BYTES = 254;
/** The widest numeric field GDAL and ArcGIS read without complaint. */
const NUMBER_WIDTH = 20;
const MAX_DECIMALS = 8;

const encoder = new TextEncoder();

function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return MAX_DECIMALS;
  return Math.min((text.split('.')[1] ?? '').length, MAX_DECIMALS);
}

/** The field a column becomes, sized to the values it will hold (text widths in UTF-8 bytes). */
export function dbfField(name: string, column: ExportColumn, values: readonly unknown[]): DbfField {
  if (column.type === 'date') return { name, column, type: 'D', width: 8, decimals: 0, cut: 0 };
  if (column.type === 'boolean') return { name, column, type: 'L', width: 1, decimals: 0, cut: 0 };
  if (column.type === 'number' || column.type === 'integer') {
    const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    // A real column keeps at least one decimal so readers type it Real, not Integer.
    const decimals = column.type === 'integer' ? 0 : Math.max(1, ...numbers.map(decimalsOf));
    const width = Math.min(
      NUMBER_WIDTH,
      Math.max(1, ...numbers.map((n) => n.toFixed(decimals).length)) + (column.type === 'integer' ? 0 : 1),
    );
    return { name, column, type: 'N', width, decimals, cut: 0 };
  }
  const longest = Math.max(1, ...values.map((v) => (v == null ? 0 : encoder.encode(textOf(v)).length)));
  return { name, column, type: 'C', width: Math.min(DBF_TEXT_BYTES, longest), decimals: 0, cut: 0 };
}

function textOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** UTF-8 bytes of `text` within `width`, cut at a character boundary, never inside one. */
function fittedBytes(text: string, width: number): { bytes: Uint8Array; cut: boolean } {
  const bytes = encoder.encode(text);
  if (bytes.length <= width) return { bytes, cut: false };
  let end = width;
  // A UTF-8 continuation byte is 10xxxxxx: step back to the start of the character it belongs to.
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  return { bytes: bytes.subarray(0, end), cut: true };
}

function cellBytes(field: DbfField, value: unknown): Uint8Array {
  const blank = () => encoder.encode(' '.repeat(field.width));
  if (value == null || value === '') return field.type === 'L' ? encoder.encode('?') : blank();
  switch (field.type) {
    case 'D': {
      const date = dateText(value)?.replaceAll('-', '') ?? '';
      return /^\d{8}$/.test(date) ? encoder.encode(date) : blank();
    }
    case 'L':
      return encoder.encode(value === true ? 'T' : value === false ? 'F' : '?');
    case 'N': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return blank();
      const text = value.toFixed(field.decimals);
      return encoder.encode(text.length > field.width ? ' '.repeat(field.width) : text.padStart(field.width));
    }
    case 'C': {
      const { bytes, cut } = fittedBytes(textOf(value), field.width);
      if (cut) field.cut += 1;
      const padded = new Uint8Array(field.width).fill(0x20);
      padded.set(bytes);
      return padded;
    }
  }
}

/**
 * A dBase III table: UTF-8 text (the `.cpg` beside it says so), widths in bytes, so Chinese names
 * are whole. Null numbers and dates are blank, which readers take as null.
 */
export function writeDbf(
  fields: readonly DbfField[],
  records: readonly Record<string, unknown>[],
): Uint8Array {
  const recordLength = 1 + fields.reduce((sum, f) => sum + f.width, 0);
  const headerLength = 32 + 32 * fields.length + 1;
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  const today = new Date();
  out[0] = 0x03;
  out[1] = today.getUTCFullYear() - 1900;
  out[2] = today.getUTCMonth() + 1;
  out[3] = today.getUTCDate();
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((field, i) => {
    const at = 32 + i * 32;
    out.set(encoder.encode(field.name).subarray(0, 10), at);
    out[at + 11] = field.type.charCodeAt(0);
    out[at + 16] = field.width;
    out[at + 17] = field.decimals;
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((record, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    for (const field of fields) {
      out.set(cellBytes(field, record[field.column.key]), at);
      at += field.width;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}
