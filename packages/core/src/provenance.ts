import type { SourceKind } from '@atlas/data';

/** Least trustworthy last: a figure built from any demo row is a demo figure. */
const TRUST: readonly SourceKind[] = [
  'SURVEYED',
  'PLAN_TEXT',
  'PUBLIC_SOURCE',
  'REPORTED',
  'APPROXIMATE',
  'DEMO',
];

/**
 * The provenance of a figure computed from rows of several kinds: the weakest of them, so a total
 * that includes demo records is never shown as the plan's. Null when no row contributed.
 */
export function weakestSource(kinds: readonly (string | null)[] | null | undefined): SourceKind | null {
  let weakest = -1;
  for (const kind of kinds ?? []) weakest = Math.max(weakest, TRUST.indexOf(kind as SourceKind));
  return weakest < 0 ? null : (TRUST[weakest] ?? null);
}
