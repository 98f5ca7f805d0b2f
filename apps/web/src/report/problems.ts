import type { Locale } from '../i18n/locale';
import { inLocale, type PlacedProblem } from './refusals';
import type { FormProblem, RowKey } from './report-draft';

/** A problem as the form shows it: where (row and field, or the summary only) and what, in words. */
export interface ShownProblem {
  readonly row: RowKey | null;
  readonly field: string;
  readonly text: string;
}

/** The id of a field's input, for labels, `aria-describedby` and the summary's links to it. */
export function fieldId(row: RowKey, field: string): string {
  return `f-${row}-${field}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The problems by `row|field`, for each input to find its own. */
export function problemsByField(problems: readonly ShownProblem[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    if (!p.row) continue;
    const key = `${p.row}|${p.field}`;
    byField.set(key, [...(byField.get(key) ?? []), p.text]);
  }
  return byField;
}

/** The API's problems in the reader's language. */
export function shownApiProblems(placed: readonly PlacedProblem[], locale: Locale): ShownProblem[] {
  return placed.map((p) => ({ row: p.row, field: p.field, text: inLocale(p.message, locale) }));
}

/** The form's own problems, worded by `word` (which knows the row's name and the field's label). */
export function shownFormProblems(
  problems: readonly FormProblem[],
  word: (p: FormProblem) => string,
): ShownProblem[] {
  return problems.map((p) => ({ row: p.row, field: p.field, text: word(p) }));
}
