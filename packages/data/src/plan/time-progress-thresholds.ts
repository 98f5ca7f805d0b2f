import { approximated, type Provenance } from '../provenance';
import type { TimeProgressFlag } from './reporting-vocabulary';

export interface TimeProgressThreshold {
  readonly flag: TimeProgressFlag;
  /** 中文 / English, as the screens show it beside the flags. */
  readonly description: string;
  /** The least `pointsAhead` (percent of plan − time progress) that earns this flag; null for the last. */
  readonly minPointsAhead: number | null;
}

/**
 * When a project's or zone's completion of its annual plan is ahead of, a little behind, or far
 * behind time progress (时序进度), in percentage points. Ordered from best to worst: the first
 * threshold a figure reaches is its flag. The plan sets no such margins; these are the common
 * convention of the 挂图作战 boards (behind by more than 10 points is red), to be replaced by the
 * city's own when it sets them.
 *
 * @example
 * // 完成年度计划的79.15%, 快于时间进度4.15个百分点 → pointsAhead 4.15 → GREEN
 */
export const TIME_PROGRESS_THRESHOLDS: readonly TimeProgressThreshold[] = [
  { flag: 'GREEN', description: '快于或等于时间进度 / on or ahead of time progress', minPointsAhead: 0 },
  {
    flag: 'YELLOW',
    description: '慢于时间进度不超过10个百分点 / behind time progress by up to 10 points',
    minPointsAhead: -10,
  },
  {
    flag: 'RED',
    description: '慢于时间进度超过10个百分点 / behind time progress by more than 10 points',
    minPointsAhead: null,
  },
];

export const TIME_PROGRESS_THRESHOLDS_PROVENANCE: Provenance = approximated(
  'A common convention of project boards (green when not behind, yellow within 10 points, red beyond); the plan states no thresholds.',
);
