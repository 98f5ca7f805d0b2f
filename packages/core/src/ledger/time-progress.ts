import { TIME_PROGRESS_THRESHOLDS, type TimeProgressFlag, type TimeProgressThreshold } from '@atlas/data';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Time progress (时序进度) at `asOf`: the share of the year gone, in percent to 2 decimals. The
 * day `asOf` counts as gone (the figures are as at its end), so 2014-01-01 is 1/365 and 12-31 is
 * 100. For a project that starts during the year (`startOn`, its STARTED node's planned date),
 * only its own part of the year counts, from `startOn` to 12-31 inclusive. Before the year (or
 * the start) it is 0; after the year, 100. Leap years have 366 days.
 *
 * @example
 * timeProgressPercent(2014, '2014-09-30'); // 273/365 = 74.79
 * timeProgressPercent(2014, '2014-09-30', '2014-07-01'); // 92/184 = 50
 */
export function timeProgressPercent(year: number, asOf: string, startOn?: string | null): number {
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const start = startOn ? Math.max(first, dayNumber(startOn)) : first;
  if (start > last) return 0;
  const at = dayNumber(asOf);
  if (at < start) return 0;
  if (at >= last) return 100;
  return round2(((at - start + 1) / (last - start + 1)) * 100);
}

/**
 * The flag a figure earns against time progress: the first threshold (best first) whose
 * `minPointsAhead` it reaches; the last threshold takes everything below.
 *
 * @example flagOf(4.15); // 'GREEN'    flagOf(-10); // 'YELLOW'    flagOf(-10.01); // 'RED'
 */
export function flagOf(
  pointsAhead: number,
  thresholds: readonly TimeProgressThreshold[] = TIME_PROGRESS_THRESHOLDS,
): TimeProgressFlag {
  for (const t of thresholds) if (t.minPointsAhead === null || pointsAhead >= t.minPointsAhead) return t.flag;
  const last = thresholds[thresholds.length - 1];
  if (!last) throw new Error('no time-progress thresholds');
  return last.flag;
}

/** A completed figure against its plan and time progress; the plan-dependent parts are null without a plan. */
export interface AgainstTimeProgress {
  readonly percentOfPlan: number | null;
  readonly timeProgressPercent: number;
  readonly pointsAhead: number | null;
  readonly flag: TimeProgressFlag | null;
}

/**
 * How much of its plan a figure has done against time progress, in percentage points ahead
 * (negative: behind). A plan of 0 has no percentage: nothing was planned to be done.
 *
 * @example
 * // 完成年度计划的79.15%, 快于时间进度4.15个百分点
 * againstTimeProgress(100, 79.15, 75); // { percentOfPlan: 79.15, pointsAhead: 4.15, flag: 'GREEN', … }
 */
export function againstTimeProgress(
  plannedWan: number | null,
  completedWan: number,
  timeProgress: number,
): AgainstTimeProgress {
  if (plannedWan === null || plannedWan <= 0)
    return { percentOfPlan: null, timeProgressPercent: timeProgress, pointsAhead: null, flag: null };
  const percentOfPlan = round2((completedWan / plannedWan) * 100);
  const pointsAhead = round2(percentOfPlan - timeProgress);
  return { percentOfPlan, timeProgressPercent: timeProgress, pointsAhead, flag: flagOf(pointsAhead) };
}
