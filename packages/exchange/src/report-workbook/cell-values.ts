import type { CellValue } from 'exceljs';
import type { WorkbookChoice } from './workbook-types';

/** A cell as the reader takes it: nothing, a plain value, or why it cannot be taken. */
export type CellRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: string | number | boolean | Date; readonly formula: boolean }
  | { readonly kind: 'refused'; readonly zh: string; readonly en: string };

const EMPTY: CellRead = { kind: 'empty' };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/**
 * A cell's value as stored, never computed: a formula gives the result Excel cached when the file
 * was saved, and a formula with no cached result is refused rather than evaluated here.
 *
 * @example plainCell({ formula: 'A1*2', result: 8 }) // { kind: 'value', value: 8, formula: true }
 */
export function plainCell(value: CellValue | undefined): CellRead {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string')
    return value.trim() === '' ? EMPTY : { kind: 'value', value, formula: false };
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return { kind: 'value', value, formula: false };
  if (!isObject(value)) return EMPTY;
  if ('formula' in value || 'sharedFormula' in value) return cachedResult(value.result);
  if ('error' in value)
    return {
      kind: 'refused',
      zh: `单元格为错误值 ${String(value.error)}`,
      en: `the cell holds the error ${String(value.error)}`,
    };
  if ('richText' in value && Array.isArray(value.richText))
    return plainCell(value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join(''));
  if ('text' in value)
    return plainCell(typeof value.text === 'string' ? value.text : String(value.text ?? ''));
  return { kind: 'refused', zh: '无法识别的单元格内容', en: 'the cell holds something that is not a value' };
}

function cachedResult(result: unknown): CellRead {
  if (result === undefined || result === null)
    return {
      kind: 'refused',
      zh: '公式没有已保存的计算结果(本系统不计算公式),请填写数值或在 Excel 中保存后再上传',
      en: 'a formula without a saved result (formulas are never evaluated here): type the value, or save the file in Excel first',
    };
  const read = plainCell(result as CellValue);
  return read.kind === 'value' ? { ...read, formula: true } : read;
}

/** A cell taken as a column's type, or the reason it cannot be. */
export type Typed<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly zh: string; readonly en: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number typed into a cell or written as text (`1,200.5` and full-width digits taken as they mean). */
export function numberOf(read: CellRead, whole: boolean): Typed<number> {
  if (read.kind === 'empty') return { ok: true, value: null };
  if (read.kind === 'refused') return { ok: false, zh: read.zh, en: read.en };
  const { value } = read;
  let n: number | null = null;
  if (typeof value === 'number') n = value;
  if (typeof value === 'string') {
    const text = value
      .trim()
      .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/,/g, '');
    if (NUMBER.test(text)) n = Number(text);
  }
  if (n === null || !Number.isFinite(n))
    return { ok: false, zh: `不是数字:${shown(value)}`, en: `not a number: ${shown(value)}` };
  if (whole && !Number.isInteger(n))
    return { ok: false, zh: `须为整数:${n}`, en: `must be a whole number: ${n}` };
  return { ok: true, value: n };
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar day `YYYY-MM-DD`: an Excel date (exceljs gives midnight UTC), or text such as
 * `2014-09-15`, `2014/9/15` or `2014年9月15日`. A bare number is refused: it may be a serial day or
 * a mistake, and guessing would put a wrong date into the report.
 */
export function dateOf(read: CellRead): Typed<string> {
  if (read.kind === 'empty') return { ok: true, value: null };
  if (read.kind === 'refused') return { ok: false, zh: read.zh, en: read.en };
  const { value } = read;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, zh: '不是日期', en: 'not a date' };
    return { ok: true, value: value.toISOString().slice(0, 10) };
  }
  const match = typeof value === 'string' ? DATE_TEXT.exec(value.trim()) : null;
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d)
      return { ok: true, value: `${y}-${pad(m)}-${pad(d)}` };
  }
  return {
    ok: false,
    zh: `不是日期(应如 2014-09-15):${shown(value)}`,
    en: `not a date (write it like 2014-09-15): ${shown(value)}`,
  };
}

/** Text as typed, trimmed; a number or a date typed into a text column is kept as written. */
export function textOf(read: CellRead): Typed<string> {
  if (read.kind === 'empty') return { ok: true, value: null };
  if (read.kind === 'refused') return { ok: false, zh: read.zh, en: read.en };
  const { value } = read;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  return { ok: true, value: text === '' ? null : text };
}

/**
 * One of a list's codes, from the list's label (`开工 STARTED`), the code alone, or the Chinese word.
 *
 * @example choiceOf({ kind: 'value', value: '开工 STARTED', formula: false }, choices) // { ok: true, value: 'STARTED' }
 */
export function choiceOf(read: CellRead, choices: readonly WorkbookChoice[]): Typed<string> {
  const text = textOf(read);
  if (!text.ok || text.value === null) return text;
  const typed = text.value;
  const found = choices.find(
    (c) =>
      typed === c.code || typed === c.zh || typed === `${c.zh} ${c.code}` || typed.endsWith(` ${c.code}`),
  );
  if (found) return { ok: true, value: found.code };
  const offered = choices.map((c) => c.zh).join('、');
  return {
    ok: false,
    zh: `不是可选的值:${shown(typed)}(可选:${offered})`,
    en: `not one of the choices: ${shown(typed)} (choose from ${choices.map((c) => c.code).join(', ')})`,
  };
}

function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
