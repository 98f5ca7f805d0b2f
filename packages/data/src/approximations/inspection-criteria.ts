import { approximated, type Provenance } from '../provenance';

/**
 * How a scoring criterion's value is obtained for a zone and a period. Each is computed in
 * `@atlas/core` (`inspections/inspection-measures.ts`) and normalised to 0–100 there:
 *
 * - `INSPECTION_SCORE`: the score the visit gave the zone, already out of 100.
 * - `PROJECTS_STARTED_SHARE`: of the zone's major projects (≥ 1 亿元), the percentage dated as
 *   started (or further) by the period's last day.
 * - `PROJECTS_COMPLETED_SHARE`: the same for completed or in production.
 * - `INVESTMENT_COMPLETED`: fixed-asset investment reported for the year up to the period, as a
 *   percentage of the leading zone's (the plan sets one target for all ten zones, none per zone).
 * - `MAIN_BUSINESS_REVENUE`: main business revenue reported likewise, against the leading zone.
 */
export const INSPECTION_MEASURES = [
  'INSPECTION_SCORE',
  'PROJECTS_STARTED_SHARE',
  'PROJECTS_COMPLETED_SHARE',
  'INVESTMENT_COMPLETED',
  'MAIN_BUSINESS_REVENUE',
] as const;
export type InspectionMeasure = (typeof INSPECTION_MEASURES)[number];

/** One thing the zones are scored on, and how much it counts. */
export interface InspectionCriterionFact {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly measure: InspectionMeasure;
  /** Relative weight: the criteria's weights are divided by their sum, so 40 of 100 counts 40%. */
  readonly weight: number;
}

/**
 * §三(五) sets the inspections and what a rank brings, but no criteria or weights: these are ours,
 * to be replaced by an admin with the city's own.
 */
export const DEFAULT_INSPECTION_CRITERIA_PROVENANCE: Provenance = approximated(
  '默认权重,非规划原文 / default weights, not from the plan (§三(五) names no scoring criteria)',
);

export const DEFAULT_INSPECTION_CRITERIA: readonly InspectionCriterionFact[] = [
  {
    code: 'inspection',
    nameZh: '现场观摩评分',
    nameEn: 'Score from the visit',
    measure: 'INSPECTION_SCORE',
    weight: 40,
  },
  {
    code: 'projects_started',
    nameZh: '重大项目开工率',
    nameEn: 'Major projects started',
    measure: 'PROJECTS_STARTED_SHARE',
    weight: 15,
  },
  {
    code: 'projects_completed',
    nameZh: '重大项目竣工率',
    nameEn: 'Major projects completed',
    measure: 'PROJECTS_COMPLETED_SHARE',
    weight: 15,
  },
  {
    code: 'investment',
    nameZh: '固定资产投资完成',
    nameEn: 'Fixed-asset investment completed',
    measure: 'INVESTMENT_COMPLETED',
    weight: 20,
  },
  {
    code: 'revenue',
    nameZh: '主营业务收入',
    nameEn: 'Main business revenue',
    measure: 'MAIN_BUSINESS_REVENUE',
    weight: 10,
  },
];
