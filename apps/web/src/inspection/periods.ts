/** The rounds of 2014 the inspection screen shows: two quarterly inspections and the year-end one. */
export const INSPECTION_PERIODS = ['2014Q3', '2014Q4', '2014'] as const;
