import type { ProjectStatus } from '../graphql/generated/graphql';

/** A project as the filter needs it: its status history and where it belongs. */
export interface FilterableProject {
  readonly status: ProjectStatus;
  readonly zone: { readonly code: string };
  readonly cluster: { readonly code: string } | null;
  readonly statusHistory: readonly { readonly status: ProjectStatus; readonly changedOn: string }[];
}

/** What a leader narrows the projects to; every part is optional, and all of them must hold. */
export interface ProjectFilter {
  readonly zone: string | null;
  readonly statuses: readonly ProjectStatus[];
  /** A quarter such as `2014Q3`: projects are shown as they stood at its end. */
  readonly period: string | null;
}

export const NO_PROJECT_FILTER: ProjectFilter = { zone: null, statuses: [], period: null };

/** The plan's year, quarter by quarter: the periods a leader can look back to. */
export const PLAN_PERIODS = ['2014Q1', '2014Q2', '2014Q3', '2014Q4'] as const;

/** The last day of a quarter `2014Q3`, as an ISO date (`2014-09-30`), or null if it is no quarter. */
export function quarterEnd(period: string): string | null {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  if (!match) return null;
  const [, year, quarter] = match;
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter) - 1]}`;
}

/**
 * A project's status at the end of a period: the last status it had reached by then, or null if it
 * was not yet on the books. Dates are ISO strings, so they compare as text.
 */
export function statusAt(project: FilterableProject, period: string | null): ProjectStatus | null {
  if (!period) return project.status;
  const end = quarterEnd(period);
  if (!end) return project.status;
  let reached: ProjectStatus | null = null;
  for (const change of project.statusHistory) if (change.changedOn <= end) reached = change.status;
  return reached;
}

/**
 * The projects the map draws under a filter, each with the status it had at the period's end, so the
 * circles' colours and the clusters' sums tell the state of that quarter.
 */
export function filterProjects<P extends FilterableProject>(
  projects: readonly P[],
  filter: ProjectFilter,
): { project: P; status: ProjectStatus }[] {
  const shown: { project: P; status: ProjectStatus }[] = [];
  for (const project of projects) {
    if (filter.zone && project.zone.code !== filter.zone) continue;
    const status = statusAt(project, filter.period);
    if (!status) continue;
    if (filter.statuses.length > 0 && !filter.statuses.includes(status)) continue;
    shown.push({ project, status });
  }
  return shown;
}
