/** A figure typed into the report form: empty, a number, or text that is not one. */
export type TypedFigure = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

// A Chinese keyboard on a tablet types full-width digits and punctuation: read them as ASCII.
const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c\uff0d]/g;
const toAscii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Reads a figure as a reporter types it: `1234.5`, `1,234.5`, `１２３４．５`, with spaces around.
 * Whole-number fields (units, households) pass `whole`, so `12.5`套 is refused before the API
 * sees it.
 *
 * @example
 * readFigure('１,２３４.５'); // { kind: 'number', value: 1234.5 }
 * readFigure('12.5', { whole: true }); // { kind: 'invalid' }
 * readFigure('  '); // { kind: 'empty' }
 */
export function readFigure(text: string, { whole = false } = {}): TypedFigure {
  const plain = text.replace(FULL_WIDTH, toAscii).replace(/[,\s]/g, '');
  if (plain === '') return { kind: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return { kind: 'invalid' };
  const value = Number(plain);
  if (!Number.isFinite(value) || (whole && !Number.isInteger(value))) return { kind: 'invalid' };
  return { kind: 'number', value };
}

/**
 * A figure from the API as the form shows it: nothing for null, the number as typed otherwise.
 *
 * @example figureText(null); // ''
 */
export function figureText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A month as the API takes it (`2014-09`), or null for anything else.
 *
 * @example reportMonth('2014-9'); // null
 */
export function reportMonth(text: string | null | undefined): string | null {
  const month = text?.trim() ?? '';
  return /^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(month) ? month : null;
}

/**
 * The month a report is usually being written for on `today`: the one before it.
 *
 * @example previousMonth(new Date('2014-10-03T08:00:00+08:00')); // '2014-09'
 */
export function previousMonth(today: Date): string {
  // The reporting calendar is Zhoukou's (UTC+8), whatever the tablet's clock says.
  const china = new Date(today.getTime() + 8 * 3_600_000);
  const index = china.getUTCFullYear() * 12 + china.getUTCMonth() - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
