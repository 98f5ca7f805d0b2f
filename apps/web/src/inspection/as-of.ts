import { Period } from '@atlas/data/period';
import type { ProjectStatus } from '../graphql/generated/graphql';
import { statusAt } from '../map/project-filter';

interface DatedProject {
  readonly status: ProjectStatus;
  readonly statusHistory: readonly { readonly status: ProjectStatus; readonly changedOn: string }[];
}

/**
 * Projects as they stood at the end of an inspection round's period, each with the status it had
 * then; one not yet on the books is left out. The year-end round ("2014") stands at its last quarter's end.
 *
 * @example projectsAt(projects, '2014Q3') // those on the books by 30 September, with their status then
 */
export function projectsAt<P extends DatedProject>(projects: readonly P[], period: string): P[] {
  const quarter = Period.parse(period)?.lastQuarter ?? period;
  return projects.flatMap((p) => {
    const status = statusAt({ ...p, zone: { code: '' }, cluster: null }, quarter);
    return status ? [{ ...p, status }] : [];
  });
}
