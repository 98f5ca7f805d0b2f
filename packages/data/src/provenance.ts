/**
 * Where a record came from. Leaders must never read an invented number as the plan's, so every
 * stored record carries one of these and the UI shows it.
 */
/**
 * REPORTED is a figure a zone's office reported in a monthly report (月报) that a planner accepted;
 * its citation names the report and who accepted it.
 */
export const SOURCE_KINDS = [
  'PLAN_TEXT',
  'PUBLIC_SOURCE',
  'APPROXIMATE',
  'SURVEYED',
  'REPORTED',
  'DEMO',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Provenance {
  readonly kind: SourceKind;
  /** The § of the plan, the public citation, how an approximation was drawn, or how demo data was made. */
  readonly citation: string;
}

/** The plan this project is built around. */
export const PLAN_DOCUMENT = {
  number: '周政办〔2014〕70号',
  title: '2014年周口市加快产业集聚区建设专项工作方案',
  issuedOn: '2014-07-22',
} as const;

/** A fact stated in the plan, at `section` (e.g. `§一(二)`). */
export function fromPlan(section: string): Provenance {
  return { kind: 'PLAN_TEXT', citation: `${PLAN_DOCUMENT.number} ${section}` };
}

/** A fact from a public source outside the plan; `citation` names it (publication and date). */
export function fromPublicSource(citation: string): Provenance {
  return { kind: 'PUBLIC_SOURCE', citation };
}

/** Geometry or values drawn by us where nothing public exists; `how` says how they were drawn. */
export function approximated(how: string): Provenance {
  return { kind: 'APPROXIMATE', citation: how };
}

/** A figure from an accepted monthly report: `citation` names the report and who accepted it. */
export function reported(citation: string): Provenance {
  return { kind: 'REPORTED', citation };
}

/** Generated demonstration data; never the plan's or anyone's real figures. */
export function demo(how: string): Provenance {
  return { kind: 'DEMO', citation: how };
}
