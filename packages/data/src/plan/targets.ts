import { fromPlan, type Provenance } from '../provenance';
import { CLUSTERS } from './clusters';
import type { Comparator } from './comparator';
import type { Unit } from './units';
import { ZONES } from './zones';

/** Whom a target binds: the ten zones together, one zone, or one cluster. */
export type TargetScope =
  | { readonly kind: 'ALL_ZONES' }
  | { readonly kind: 'ZONE'; readonly zoneCode: string }
  | { readonly kind: 'CLUSTER'; readonly clusterCode: string };

export interface PlanTargetFact {
  readonly metric: string;
  readonly scope: TargetScope;
  readonly year: number;
  readonly value: number;
  /** Upper end when the plan gives a range ("1—2家"). */
  readonly valueMax: number | null;
  readonly unit: Unit;
  readonly comparator: Comparator;
  /** 力争 / 争取: a target to strive for. */
  readonly strive: boolean;
  /** The plan's words, verbatim, so a reader can find them in the text. */
  readonly quote: string;
  readonly provenance: Provenance;
}

const ALL: TargetScope = { kind: 'ALL_ZONES' };

interface TargetSpec {
  metric: string;
  value: number;
  unit: Unit;
  comparator?: Comparator;
  strive?: boolean;
  valueMax?: number;
  scope?: TargetScope;
}

/** One plan sentence and the figures it sets, all sharing its § and quote. */
function sentence(section: string, quote: string, specs: readonly TargetSpec[]): PlanTargetFact[] {
  return specs.map((s) => ({
    metric: s.metric,
    scope: s.scope ?? ALL,
    year: 2014,
    value: s.value,
    valueMax: s.valueMax ?? null,
    unit: s.unit,
    comparator: s.comparator ?? 'EQ',
    strive: s.strive ?? false,
    quote,
    provenance: fromPlan(section),
  }));
}

/** A per-zone target ("每个产业集聚区…") expanded into one row per zone, so each zone's progress can be read. */
function everyZone(section: string, quote: string, spec: TargetSpec): PlanTargetFact[] {
  return ZONES.flatMap((z) =>
    sentence(section, quote, [{ ...spec, scope: { kind: 'ZONE', zoneCode: z.code } }]),
  );
}

function everySpecialtyCluster(section: string, quote: string, spec: TargetSpec): PlanTargetFact[] {
  return CLUSTERS.filter((c) => c.tier === 'SPECIALTY').flatMap((c) =>
    sentence(section, quote, [{ ...spec, scope: { kind: 'CLUSTER', clusterCode: c.code } }]),
  );
}

const clusterRevenue = CLUSTERS.flatMap((c) =>
  sentence('§一(二) 产业集群发展', c.revenueTarget2014.quote, [
    {
      metric: 'cluster_main_business_revenue',
      value: c.revenueTarget2014.valueYi,
      unit: 'YI_YUAN',
      comparator: c.revenueTarget2014.comparator,
      scope: { kind: 'CLUSTER', clusterCode: c.code },
    },
  ]),
);

/** Every quantified 2014 target of the plan, with its comparator, 力争 flag, § and words. */
export const PLAN_TARGETS: readonly PlanTargetFact[] = [
  ...sentence('§一(二)', '对全市规模以上工业增加值、工业投资、主营业务收入、利润增长的贡献率均超过70%', [
    { metric: 'contribution_industrial_value_added', value: 70, unit: 'PERCENT', comparator: 'GT' },
    { metric: 'contribution_industrial_investment', value: 70, unit: 'PERCENT', comparator: 'GT' },
    { metric: 'contribution_main_business_revenue', value: 70, unit: 'PERCENT', comparator: 'GT' },
    { metric: 'contribution_profit_growth', value: 70, unit: 'PERCENT', comparator: 'GT' },
  ]),
  ...sentence('§一(二) 规模效益', '全市10个产业集聚区2014年工业企业实现增加值增长15%以上', [
    { metric: 'industrial_value_added_growth', value: 15, unit: 'PERCENT', comparator: 'GTE' },
  ]),
  ...sentence('§一(二) 规模效益', '完成固定资产投资825亿元,增长25%', [
    { metric: 'fixed_asset_investment', value: 825, unit: 'YI_YUAN' },
    { metric: 'fixed_asset_investment_growth', value: 25, unit: 'PERCENT' },
  ]),
  ...sentence('§一(二) 规模效益', '实现主营业务收入1650亿元,增长20%', [
    { metric: 'main_business_revenue', value: 1650, unit: 'YI_YUAN' },
    { metric: 'main_business_revenue_growth', value: 20, unit: 'PERCENT' },
  ]),
  ...sentence('§一(二) 规模效益', '万元产值能耗同比下降10个百分点', [
    { metric: 'energy_use_per_output_change', value: -10, unit: 'PERCENTAGE_POINTS' },
  ]),
  ...sentence('§一(二) 产业集群发展', '实施亿元以上重大项目200个', [
    { metric: 'major_projects_implemented', value: 200, unit: 'COUNT' },
  ]),
  ...sentence('§二(一)2', '力争全年新开工200个、建成投产200个亿元以上重大项目', [
    { metric: 'major_projects_started', value: 200, unit: 'COUNT', strive: true },
    { metric: 'major_projects_completed', value: 200, unit: 'COUNT', strive: true },
  ]),
  ...clusterRevenue,
  ...everySpecialtyCluster(
    '§二(一)1',
    '形成5个拥有2家以上行业龙头企业、20家以上关联配套企业的百亿元特色产业集群',
    {
      metric: 'cluster_leading_enterprises',
      value: 2,
      unit: 'ENTERPRISES',
      comparator: 'GTE',
    },
  ),
  ...everySpecialtyCluster(
    '§二(一)1',
    '形成5个拥有2家以上行业龙头企业、20家以上关联配套企业的百亿元特色产业集群',
    {
      metric: 'cluster_supporting_enterprises',
      value: 20,
      unit: 'ENTERPRISES',
      comparator: 'GTE',
    },
  ),
  ...sentence('§二(一)2', '从全市10个产业集聚区中优选30家发展前景好、成长性好的企业', [
    { metric: 'key_enterprises', value: 30, unit: 'ENTERPRISES' },
  ]),
  ...everyZone('§二(一)2', '力争每个产业集聚区新引进2个以上行业龙头企业或投资5亿元以上龙头型、基地型项目', {
    metric: 'new_leading_enterprises_or_projects',
    value: 2,
    unit: 'COUNT',
    comparator: 'GTE',
    strive: true,
  }),
  ...sentence('§二(一)3', '支持产业集聚区建设10个配套产业园', [
    { metric: 'supporting_industrial_parks', value: 10, unit: 'COUNT' },
  ]),
  ...everyZone('§二(一)3', '力争每个产业集聚区引进2家以上关联配套企业', {
    metric: 'new_supporting_enterprises',
    value: 2,
    unit: 'ENTERPRISES',
    comparator: 'GTE',
    strive: true,
  }),
  ...sentence('§二(一)3', '力争新获批筹建国家级质检中心1个、新建及建成省级质检中心5个', [
    { metric: 'national_quality_inspection_centres', value: 1, unit: 'COUNT', strive: true },
    { metric: 'provincial_quality_inspection_centres', value: 5, unit: 'COUNT', strive: true },
  ]),
  ...sentence(
    '§二(二)1',
    '全年为产业集聚区组织开展人才招聘、职业介绍服务5.3万人次、职业技能培训13.5万人次,新增用工服务平台1个,达到4个',
    [
      { metric: 'recruitment_and_placement_services', value: 53000, unit: 'PERSON_TIMES' },
      { metric: 'vocational_trainings', value: 135000, unit: 'PERSON_TIMES' },
      { metric: 'employment_service_platforms_added', value: 1, unit: 'COUNT' },
      { metric: 'employment_service_platforms_total', value: 4, unit: 'COUNT' },
    ],
  ),
  ...sentence('§二(二)1', '共建2个以上实训基地', [
    { metric: 'training_bases', value: 2, unit: 'COUNT', comparator: 'GTE' },
  ]),
  ...everyZone('§二(二)1', '力争每个产业集聚区与一家以上高等院校或职业院校合作开展稳定的用工培训', {
    metric: 'college_partnerships',
    value: 1,
    unit: 'COUNT',
    comparator: 'GTE',
    strive: true,
  }),
  ...sentence('§二(二)2', '力争年内募集资金超过1.5亿元', [
    { metric: 'investment_funds_raised', value: 1.5, unit: 'YI_YUAN', comparator: 'GT', strive: true },
  ]),
  ...everyZone('§二(二)2', '力争每个产业集聚区培育1—2家上市后备企业', {
    metric: 'listing_reserve_enterprises',
    value: 1,
    valueMax: 2,
    unit: 'ENTERPRISES',
    comparator: 'GTE',
    strive: true,
  }),
  ...sentence('§二(二)3', '力争新建省级工程技术研究中心2家', [
    { metric: 'provincial_engineering_research_centres', value: 2, unit: 'COUNT', strive: true },
  ]),
  ...sentence('§二(二)3', '新建科技企业孵化器2个', [
    { metric: 'technology_incubators', value: 2, unit: 'COUNT' },
  ]),
  ...sentence('§二(二)3', '新建博士后科研工作站1—2个、博士后研发基地1—2个', [
    { metric: 'postdoctoral_workstations', value: 1, valueMax: 2, unit: 'COUNT', comparator: 'GTE' },
    { metric: 'postdoctoral_rd_bases', value: 1, valueMax: 2, unit: 'COUNT', comparator: 'GTE' },
  ]),
  ...sentence('§二(二)4', '培育3家物流业与制造业联动示范企业', [
    { metric: 'logistics_manufacturing_demonstration_enterprises', value: 3, unit: 'ENTERPRISES' },
  ]),
  ...sentence('§二(三)2', '加快项城、郸城、商水、太康等4个在建污水处理厂建设', [
    { metric: 'sewage_plants_under_construction', value: 4, unit: 'COUNT' },
  ]),
  ...sentence('§二(三)2', '力争建成投产3个、新增日污水处理能力10万吨', [
    { metric: 'sewage_plants_completed', value: 3, unit: 'COUNT', strive: true },
    { metric: 'sewage_capacity_added', value: 100000, unit: 'TONNES_PER_DAY', strive: true },
  ]),
  ...sentence('§二(四)1', '力争全年新启动22个村庄搬迁工程,新开工安置房4542套,基本建成1182套', [
    { metric: 'village_relocations_started', value: 22, unit: 'COUNT', strive: true },
    { metric: 'resettlement_units_started', value: 4542, unit: 'HOUSING_UNITS', strive: true },
    { metric: 'resettlement_units_completed', value: 1182, unit: 'HOUSING_UNITS', strive: true },
  ]),
  ...sentence('§二(四)2', '确保全年新开工公租房6593套', [
    { metric: 'public_rental_units_started', value: 6593, unit: 'HOUSING_UNITS' },
  ]),
  ...sentence('§二(四)3', '按照每个产业集聚区均有国省道直接连通要求', [
    { metric: 'zones_connected_to_national_or_provincial_road', value: 10, unit: 'COUNT' },
  ]),
  ...sentence('§二(四)3', '加快7个相关的国省道改造项目前期工作', [
    { metric: 'road_reconstruction_prework_projects', value: 7, unit: 'COUNT' },
  ]),
  ...sentence('§二(四)3', '推进9个续建、新开工和大中修干线公路项目建设', [
    { metric: 'trunk_road_projects', value: 9, unit: 'COUNT' },
  ]),
  ...sentence('§二(四)3', '力争完成投资6.8亿元', [
    { metric: 'trunk_road_investment', value: 6.8, unit: 'YI_YUAN', strive: true },
  ]),
  ...sentence(
    '§二(四)3',
    '全年续建及新开工建设110千伏及以上项目5个,新增主变容量25万千伏安和输电线路51.78千米,总投资1.38亿元',
    [
      { metric: 'grid_projects', value: 5, unit: 'COUNT' },
      { metric: 'grid_transformer_capacity_added', value: 250000, unit: 'KVA' },
      { metric: 'grid_lines_added', value: 51.78, unit: 'KM' },
      { metric: 'grid_investment', value: 1.38, unit: 'YI_YUAN' },
    ],
  ),
];
