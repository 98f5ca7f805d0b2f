/**
 * The provincial assessment's levels for an industrial cluster district (省产业集聚区考核评价试行办法),
 * lowest first, so the index orders them.
 */
export const STAR_LEVELS = ['BELOW_THRESHOLD', 'THRESHOLD', 'ONE_STAR', 'TWO_STAR', 'THREE_STAR'] as const;
export type StarLevel = (typeof STAR_LEVELS)[number];

export const STAR_LEVEL_LABELS: Record<StarLevel, { zh: string; en: string }> = {
  BELOW_THRESHOLD: { zh: '未达门槛', en: 'Below threshold' },
  THRESHOLD: { zh: '门槛', en: 'Threshold' },
  ONE_STAR: { zh: '一星级', en: 'One star' },
  TWO_STAR: { zh: '二星级', en: 'Two star' },
  THREE_STAR: { zh: '三星级', en: 'Three star' },
};

/** What the plan asks of a zone for 2014, by the level it stood at. */
export const STAR_AIMS = ['RAISE_FURTHER', 'CLEAR_PROGRESS_TO_PROMOTION', 'REACH_THRESHOLD'] as const;
export type StarAim = (typeof STAR_AIMS)[number];
