import type { Point } from 'geojson';
import type { ImportField } from './import-fields';

export type Coerced =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

const ok = (value: unknown): Coerced => ({ ok: true, value });
const refused = (message: string): Coerced => ({ ok: false, message });

/** How a value is quoted in a message: short, and never able to spill a whole cell into the answer. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** The atlas's CSV export guards text that starts like a formula with an apostrophe; it is taken off again. */
const GUARDED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** A decimal as people write it: an optional sign, digits with optional thousands commas, a fraction. */
const DECIMAL = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/;

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return DECIMAL.test(text) ? Number(text.replaceAll(',', '')) : null;
}

function dateOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  // 2014-03-01, 2014/3/1, 2014.3.1, or a dBase date's 20140301.
  const parts =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(value.trim()) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (!parts) return null;
  const [, y, m, d] = parts;
  const iso = `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
  // 2014-02-30 is not a day: Date would roll it into March, so the day must come back unchanged.
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A point written as WKT (`POINT (114.6 33.6)`) or GeoJSON text, or null. */
export function pointOf(value: unknown): Point | null {
  if (typeof value === 'object' && value !== null && (value as Point).type === 'Point') return value as Point;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const wkt = /^POINT\s*Z?\s*\(\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)(?:\s+-?[\d.eE+-]+)?\s*\)$/i.exec(text);
  if (wkt) {
    const [lng, lat] = [Number(wkt[1]), Number(wkt[2])];
    return Number.isFinite(lng) && Number.isFinite(lat) ? { type: 'Point', coordinates: [lng, lat] } : null;
  }
  if (!text.startsWith('{') || text.length > 200) return null;
  try {
    const parsed = JSON.parse(text) as Point;
    return parsed?.type === 'Point' ? parsed : null;
  } catch {
    return null;
  }
}

/** Whether a cell counts as not given: absent, null, or blank text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A file's value for a field, in the field's type, or a message naming the field and the value in
 * Chinese and English. Spreadsheets and CSV hold text: '12.5' becomes 12.5, but 'abc' in a number
 * field is refused, never NaN. Formulas are never evaluated: a cell that is not a plain value
 * (an object from a spreadsheet reader) is refused.
 */
export function coerceValue(value: unknown, field: ImportField): Coerced {
  const key = field.key;
  if (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    field.type.kind !== 'point'
  ) {
    return refused(
      `${key} 不是单纯的值(公式不会被计算) / ${key} is not a plain value (formulas are not evaluated)`,
    );
  }
  switch (field.type.kind) {
    case 'text':
      if (typeof value === 'string') return ok(value.replace(GUARDED_FORMULA, '').trim());
      if (typeof value === 'number' || typeof value === 'boolean') return ok(String(value));
      return refused(`${key} 须为文字,得到 ${shown(value)} / ${key} must be text, got ${shown(value)}`);
    case 'number': {
      const n = numberOf(value);
      return n === null
        ? refused(`${key} 须为数字,得到 ${shown(value)} / ${key} must be a number, got ${shown(value)}`)
        : ok(n);
    }
    case 'integer': {
      const n = numberOf(value);
      return n === null || !Number.isInteger(n)
        ? refused(`${key} 须为整数,得到 ${shown(value)} / ${key} must be a whole number, got ${shown(value)}`)
        : ok(n);
    }
    case 'date': {
      const day = dateOf(value);
      return day === null
        ? refused(
            `${key} 须为日期(YYYY-MM-DD),得到 ${shown(value)} / ${key} must be a date (YYYY-MM-DD), got ${shown(value)}`,
          )
        : ok(day);
    }
    case 'enum': {
      const word = typeof value === 'string' ? value.trim().toUpperCase() : null;
      const values = field.type.values;
      return word !== null && values.includes(word)
        ? ok(word)
        : refused(
            `${key} 须为 ${values.join('、')} 之一,得到 ${shown(value)} / ${key} must be one of ${values.join(', ')}, got ${shown(value)}`,
          );
    }
    case 'point': {
      const point = pointOf(value);
      return point === null
        ? refused(
            `${key} 须为点(WKT 如 POINT (114.6 33.6) 或 GeoJSON),得到 ${shown(value)} / ${key} must be a point (WKT such as POINT (114.6 33.6), or GeoJSON), got ${shown(value)}`,
          )
        : ok(point);
    }
  }
}
