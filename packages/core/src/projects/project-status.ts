import { PROJECT_STATUSES, type ProjectStatus } from '@atlas/data';
import { badInput } from '../errors';

/**
 * A project moves forward one stage at a time (planned → signed → started → completed → in
 * production), never back: a completed plant does not become unsigned, and a correction of that
 * kind is a new record with its own audit trail.
 */
export function checkStatusTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (from === to) return;
  const step = PROJECT_STATUSES.indexOf(to) - PROJECT_STATUSES.indexOf(from);
  if (step === 1) return;
  const direction = step < 0 ? '不能倒退 / cannot go back' : '不能跳过阶段 / cannot skip a stage';
  throw badInput(`项目状态不能从 ${from} 变为 ${to}:${direction} from ${from} to ${to}`);
}

/** A status date: ISO yyyy-mm-dd, not before the previous change, not in the future. */
export function checkStatusDate(on: string, previous: string | null, today: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on))) {
    throw badInput(`日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD, got ${on}`);
  }
  if (previous && on < previous)
    throw badInput(`状态日期不能早于上次变更 ${previous} / date is before the last change (${previous})`);
  if (on > today) throw badInput(`状态日期不能晚于今天 / date ${on} is in the future`);
}
