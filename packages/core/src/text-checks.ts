import { badInput } from './errors';

/**
 * The kinds of free text the API accepts, each with its cap in characters (Unicode code points,
 * so a Chinese name of 200 characters fits a cap of 200):
 * - `name`: a record's name (project, village, criterion …): 200, the project name's cap since v1;
 * - `code`: a code or id a caller refers to (zone code, criterion code, period, metric): 64;
 * - `unit`: a unit of measure such as `t/day`: 32;
 * - `citation`: a provenance citation, long enough for a title and a URL: 1,000;
 * - `note`: a reviewer's note (publishing a ranking, replacing criteria): 2,000;
 * - `pattern`: text searched for (`search`, `nameContains`): 100, far above any name worth typing
 *   and small enough that a search costs what an ordinary one does.
 */
export const TEXT_LIMITS = {
  name: 200,
  code: 64,
  unit: 32,
  citation: 1_000,
  note: 2_000,
  pattern: 100,
} as const;
export type TextKind = keyof typeof TEXT_LIMITS;

// Control (Cc), format (Cf: bidi overrides, zero-width joiners, BOM …), unpaired surrogates (Cs)
// and the line/paragraph separators (Zl, Zp). They are invisible or reorder what a reader sees, so
// a name could look like another one; NUL is also refused by PostgreSQL's text type.
const REFUSED = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
// Notes are prose written over several lines: a line feed and a tab are what a textarea sends and
// show as themselves; every other control character stays refused.
const NOTE_ALLOWED = new Set(['\n', '\t']);

/** "U+202E" for a character. */
export const codePointOf = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function refusedCharacter(text: string, kind: TextKind): string | undefined {
  if (!REFUSED.test(text)) return undefined;
  for (const char of text) {
    if (REFUSED.test(char) && !(kind === 'note' && NOTE_ALLOWED.has(char))) return char;
  }
  return undefined;
}

/**
 * A planner's free text, trimmed, or BAD_INPUT naming the field and what is wrong: empty, longer
 * than its kind's cap (`TEXT_LIMITS`), or holding an invisible or control character (named by its
 * code point, e.g. U+202E). Notes may span lines (`\n`, `\t`; CR LF becomes LF); nothing else may.
 * Text is not otherwise normalized: NFC would silently change CJK compatibility ideographs.
 *
 * @example checkedText('  周口经开区 ', 'name', 'name') // '周口经开区'
 */
export function checkedText(value: string, field: string, kind: TextKind): string {
  const text = (kind === 'note' ? value.replace(/\r\n?/g, '\n') : value).trim();
  const cap = TEXT_LIMITS[kind];
  let length = 0;
  for (const _ of text) if (++length > cap) break;
  if (length > cap)
    throw badInput(`${field} 不能超过 ${cap} 个字符 / ${field} must be at most ${cap} characters`, {
      field,
      maxLength: cap,
    });
  const refused = refusedCharacter(text, kind);
  if (refused !== undefined) {
    const point = codePointOf(refused);
    throw badInput(
      `${field} 含有不可见或控制字符 ${point} / ${field} contains the control or invisible character ${point}`,
      { field, codePoint: point },
    );
  }
  if (text.length === 0) throw badInput(`${field} 不能为空 / ${field} must not be empty`, { field });
  return text;
}

/** `checkedText` for a field that may be absent: null and undefined pass through unchanged. */
export function checkedOptionalText<T extends null | undefined>(
  value: string | T,
  field: string,
  kind: TextKind,
): string | T {
  return value == null ? (value as T) : checkedText(value, field, kind);
}

/**
 * A LIKE pattern matching text that contains `needle` literally: LIKE's `%`, `_` and `\` are
 * escaped (PostgreSQL's default escape is `\`), so "100%" finds that text and "%" finds only names
 * with a percent sign. The needle is checked as a `pattern` first (at most 100 characters).
 *
 * @example containsPattern('100%', 'search') // '%100\\%%'
 */
export function containsPattern(needle: string, field: string): string {
  return `%${escapeLike(checkedText(needle, field, 'pattern'))}%`;
}

/** `text` with LIKE's wildcards and escape character escaped, to match literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
