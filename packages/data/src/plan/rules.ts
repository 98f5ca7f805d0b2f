import { fromPlan, type Provenance } from '../provenance';
import type { Comparator } from './comparator';
import type { Unit } from './units';

/** A threshold the plan uses to classify projects or land, rather than a target to reach. */
export interface PlanRuleFact {
  readonly code: string;
  readonly description: string;
  readonly value: number;
  readonly unit: Unit;
  readonly comparator: Comparator;
  readonly quote: string;
  readonly provenance: Provenance;
}

export const PLAN_RULES: readonly PlanRuleFact[] = [
  {
    code: 'major_project_min_investment',
    description: 'A major project (重大项目) invests at least 1 亿元',
    value: 1,
    unit: 'YI_YUAN',
    comparator: 'GTE',
    quote: '实施亿元以上重大项目200个',
    provenance: fromPlan('§一(二)'),
  },
  {
    code: 'leading_project_min_investment',
    description: 'A leading or base project (龙头型、基地型项目) invests at least 5 亿元',
    value: 5,
    unit: 'YI_YUAN',
    comparator: 'GTE',
    quote: '投资5亿元以上龙头型、基地型项目',
    provenance: fromPlan('§二(一)2'),
  },
  {
    code: 'city_key_project_min_investment',
    description: 'Leading-cluster projects of at least 3 亿元 are managed as city key projects',
    value: 3,
    unit: 'YI_YUAN',
    comparator: 'GTE',
    quote: '将投资3亿元以上的主导产业集群项目纳入市重点项目管理范围',
    provenance: fromPlan('§二(一)2'),
  },
  {
    code: 'city_major_investment_project_min_investment',
    description:
      'Leading-cluster projects of at least 10 亿元 are city major investment projects: one project, one leader, one team',
    value: 10,
    unit: 'YI_YUAN',
    comparator: 'GTE',
    quote: '对引进的投资10亿元以上的主导产业集群项目,全部纳入市重大招商项目管理范围',
    provenance: fromPlan('§三(三)'),
  },
  {
    code: 'whole_planning_min_land',
    description: 'Industrial projects over 600 亩 are planned whole and their land approved year by year',
    value: 600,
    unit: 'MU',
    comparator: 'GT',
    quote: '用地规模超过600亩的工业项目,实行整体规划、分年度报批用地',
    provenance: fromPlan('§二(三)1'),
  },
  {
    code: 'grid_project_min_voltage',
    description: 'Grid projects counted by the plan are of 110 kV and above',
    value: 110,
    unit: 'KV',
    comparator: 'GTE',
    quote: '110千伏及以上项目5个',
    provenance: fromPlan('§二(四)3'),
  },
];
