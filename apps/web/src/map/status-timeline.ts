import type { ProjectStatus } from '../graphql/generated/graphql';

/** The stages in the order a project passes them, as the schema's ProjectStatus lists them. */
export const PROJECT_STAGES = [
  'PLANNED',
  'SIGNED',
  'STARTED',
  'COMPLETED',
  'IN_PRODUCTION',
] as const satisfies readonly ProjectStatus[];

// A stage the API adds but this list lacks fails to compile here, rather than vanishing from timelines.
const _everyStageListed: [Exclude<ProjectStatus, (typeof PROJECT_STAGES)[number]>] extends [never]
  ? true
  : false = true;

/** Where a stage sits against the project's present stage. */
export type StageState = 'reached' | 'current' | 'ahead';

/** One row of a project's status timeline: a stage, the day it was reached (if it was), and its state. */
export interface TimelineStep<Status extends string> {
  status: Status;
  /** YYYY-MM-DD; null for a stage not yet reached, or the present one when no change was recorded. */
  changedOn: string | null;
  state: StageState;
}

/**
 * A project's stages for a timeline: the recorded changes oldest first, then the stages still ahead.
 * Stages skipped before the first record are left out rather than shown undated, because a project
 * entered at 开工 never passed 签约 in the data, and a blank there would read as a missing date.
 *
 * @example
 * statusTimeline('SIGNED', [{ status: 'PLANNED', changedOn: '2014-01-05' }, { status: 'SIGNED', changedOn: '2014-03-01' }],
 *   ['PLANNED', 'SIGNED', 'STARTED']);
 * // [{ PLANNED, 2014-01-05, reached }, { SIGNED, 2014-03-01, current }, { STARTED, null, ahead }]
 */
export function statusTimeline<Status extends string>(
  current: Status,
  history: readonly { status: Status; changedOn: string }[],
  stages: readonly Status[],
): TimelineStep<Status>[] {
  const stage = (s: Status) => stages.indexOf(s);
  // Same-day changes happen when a project is entered late; the stage order then breaks the tie.
  const recorded = [...history].sort(
    (a, b) => a.changedOn.localeCompare(b.changedOn) || stage(a.status) - stage(b.status),
  );
  const reached = recorded
    .filter((c) => c.status !== current)
    .map((c): TimelineStep<Status> => ({ status: c.status, changedOn: c.changedOn, state: 'reached' }));
  const currentOn = recorded.findLast((c) => c.status === current)?.changedOn ?? null;
  const ahead = stages
    .slice(stage(current) + 1)
    .map((s): TimelineStep<Status> => ({ status: s, changedOn: null, state: 'ahead' }));
  return [...reached, { status: current, changedOn: currentOn, state: 'current' }, ...ahead];
}
