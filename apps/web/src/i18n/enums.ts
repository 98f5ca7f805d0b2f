import type {
  AccountRole,
  LeaderBody,
  ProblemStatus,
  ProjectNode,
  ReportedWorksKind,
  ReportStatus,
  TimeProgressFlag,
} from '@atlas/data/reporting-vocabulary';
import type { FacilityLevel, HousingKind } from '@atlas/data/vocabulary';
import type * as Api from '../graphql/generated/graphql';
import type { Locale } from './locale';

/**
 * The API enums the screens put into words, each with its values as GraphQL Codegen generated them
 * from `apps/api/schema.graphql`: a value the API adds, or a label left out, fails to compile. The
 * two enums no operation reads yet (so Codegen emits no type for them) take the domain's list, which
 * the API's enums are built from.
 */
interface LabelledEnums {
  StarLevel: Api.StarLevel;
  ProjectStatus: Api.ProjectStatus;
  RoadLinkKind: Api.RoadLinkKind;
  GridProjectKind: Api.GridProjectKind;
  WorksStatus: Api.WorksStatus;
  FacilityKind: Api.FacilityKind;
  FacilityLevel: FacilityLevel;
  ClusterTier: Api.ClusterTier;
  Comparator: Api.Comparator;
  // REPORTED: figures from accepted monthly reports (issue 11), named here until Codegen has it.
  SourceKind: Api.SourceKind | 'REPORTED';
  EnterpriseRole: Api.EnterpriseRole;
  HousingKind: HousingKind;
  SearchKind: Api.SearchKind;
  InspectionKind: Api.InspectionKind;
  // Reporting and the ledger (issue 11): typed from the domain's lists, which the API's enums are
  // built from, so the labels compile before and after Codegen first meets each enum. The API
  // spells account roles in capitals.
  AccountRole: Uppercase<AccountRole>;
  ReportStatus: ReportStatus;
  ReportingState: 'ON_TIME' | 'LATE' | 'MISSING' | 'RETURNED' | 'DRAFT' | 'SUBMITTED';
  ProjectNode: ProjectNode;
  ReportedWorksKind: ReportedWorksKind;
  TimeProgressFlag: TimeProgressFlag;
  ProblemStatus: ProblemStatus;
  LeaderBody: LeaderBody;
}

/** Both languages' words for every value of one enum, and for nothing else. */
export interface Labels<V extends string> {
  readonly zh: Readonly<Record<V, string>>;
  readonly en: Readonly<Record<V, string>>;
}

/** The words for the API's enums, in both languages. */
export const ENUM_LABELS: { readonly [K in keyof LabelledEnums]: Labels<LabelledEnums[K]> } = {
  StarLevel: {
    zh: {
      BELOW_THRESHOLD: '未达门槛',
      THRESHOLD: '门槛',
      ONE_STAR: '一星级',
      TWO_STAR: '二星级',
      THREE_STAR: '三星级',
    },
    en: {
      BELOW_THRESHOLD: 'Below threshold',
      THRESHOLD: 'Threshold',
      ONE_STAR: 'One star',
      TWO_STAR: 'Two star',
      THREE_STAR: 'Three star',
    },
  },
  ProjectStatus: {
    zh: { PLANNED: '谋划', SIGNED: '签约', STARTED: '开工', COMPLETED: '竣工', IN_PRODUCTION: '投产' },
    en: {
      PLANNED: 'Planned',
      SIGNED: 'Signed',
      STARTED: 'Started',
      COMPLETED: 'Completed',
      IN_PRODUCTION: 'In production',
    },
  },
  RoadLinkKind: {
    zh: { RECONSTRUCTION_PREWORK: '国省道改造前期', CONTINUED: '续建', NEW: '新开工', REPAIR: '大中修' },
    en: {
      RECONSTRUCTION_PREWORK: 'Trunk-road upgrade, preparatory work',
      CONTINUED: 'Continued works',
      NEW: 'Newly started',
      REPAIR: 'Major and medium repair',
    },
  },
  GridProjectKind: {
    zh: { SUBSTATION: '变电站', LINE: '线路' },
    en: { SUBSTATION: 'Substation', LINE: 'Line' },
  },
  WorksStatus: {
    zh: { PLANNED: '规划', CONTINUED: '续建', NEW: '新建', UNDER_CONSTRUCTION: '在建', OPERATING: '运行' },
    en: {
      PLANNED: 'Planned',
      CONTINUED: 'Continued',
      NEW: 'New',
      UNDER_CONSTRUCTION: 'Under construction',
      OPERATING: 'Operating',
    },
  },
  FacilityKind: {
    zh: {
      SEWAGE_PLANT: '污水处理厂',
      QUALITY_INSPECTION_CENTRE: '质检中心',
      INCUBATOR: '孵化器',
      TRAINING_BASE: '培训基地',
      EMPLOYMENT_SERVICE_PLATFORM: '就业服务平台',
      ENGINEERING_RESEARCH_CENTRE: '工程技术研究中心',
      POSTDOCTORAL_WORKSTATION: '博士后工作站',
      SUPPORTING_INDUSTRIAL_PARK: '配套产业园',
      LOGISTICS_PARK: '物流园',
    },
    en: {
      SEWAGE_PLANT: 'Sewage plant',
      QUALITY_INSPECTION_CENTRE: 'Quality inspection centre',
      INCUBATOR: 'Incubator',
      TRAINING_BASE: 'Training base',
      EMPLOYMENT_SERVICE_PLATFORM: 'Employment service platform',
      ENGINEERING_RESEARCH_CENTRE: 'Engineering research centre',
      POSTDOCTORAL_WORKSTATION: 'Postdoctoral workstation',
      SUPPORTING_INDUSTRIAL_PARK: 'Supporting industrial park',
      LOGISTICS_PARK: 'Logistics park',
    },
  },
  FacilityLevel: {
    zh: { NATIONAL: '国家级', PROVINCIAL: '省级' },
    en: { NATIONAL: 'National', PROVINCIAL: 'Provincial' },
  },
  ClusterTier: {
    zh: { LEADING: '千亿级主导', SPECIALTY: '百亿级特色' },
    en: { LEADING: 'Leading (CNY 100 bn class)', SPECIALTY: 'Specialty (CNY 10 bn class)' },
  },
  // EQ has no word: the figure alone says it.
  Comparator: {
    zh: { EQ: '', APPROX: '约', GT: '超过', GTE: '不少于', LT: '少于', LTE: '不超过' },
    en: { EQ: '', APPROX: 'about', GT: 'over', GTE: 'at least', LT: 'under', LTE: 'at most' },
  },
  SourceKind: {
    zh: {
      PLAN_TEXT: '规划原文',
      PUBLIC_SOURCE: '公开资料',
      APPROXIMATE: '示意',
      SURVEYED: '实测',
      DEMO: '演示数据',
      REPORTED: '园区月报',
    },
    en: {
      PLAN_TEXT: 'Plan text',
      PUBLIC_SOURCE: 'Public source',
      APPROXIMATE: 'Approximate',
      SURVEYED: 'Surveyed',
      DEMO: 'Demo data',
      REPORTED: 'Zone monthly report',
    },
  },
  EnterpriseRole: {
    zh: { ANCHOR: '龙头', LEADING: '骨干', KEY: '重点', SUPPORTING: '配套' },
    en: { ANCHOR: 'Anchor', LEADING: 'Leading', KEY: 'Key', SUPPORTING: 'Supporting' },
  },
  HousingKind: {
    zh: { RESETTLEMENT: '安置房', PUBLIC_RENTAL: '公租房' },
    en: { RESETTLEMENT: 'Resettlement housing', PUBLIC_RENTAL: 'Public rental housing' },
  },
  SearchKind: {
    zh: { ZONE: '园区', CLUSTER: '集群', ENTERPRISE: '企业', PROJECT: '项目', RELOCATION_SITE: '搬迁村' },
    en: {
      ZONE: 'Zone',
      CLUSTER: 'Cluster',
      ENTERPRISE: 'Enterprise',
      PROJECT: 'Project',
      RELOCATION_SITE: 'Village',
    },
  },
  InspectionKind: {
    zh: { QUARTERLY: '季观摩', YEAR_END: '年终总观摩' },
    en: { QUARTERLY: 'Quarterly inspection', YEAR_END: 'Year-end inspection' },
  },
  AccountRole: {
    zh: {
      VIEWER: '浏览',
      ZONE_REPORTER: '园区填报员',
      PLANNER: '规划审核',
      INSPECTOR: '考核员',
      ADMIN: '管理员',
    },
    en: {
      VIEWER: 'Viewer',
      ZONE_REPORTER: 'Zone reporter',
      PLANNER: 'Planner',
      INSPECTOR: 'Inspector',
      ADMIN: 'Administrator',
    },
  },
  ReportStatus: {
    zh: { DRAFT: '草稿', SUBMITTED: '已报送', RETURNED: '已退回', ACCEPTED: '已采纳' },
    en: { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', ACCEPTED: 'Accepted' },
  },
  ReportingState: {
    zh: {
      ON_TIME: '按时报送',
      LATE: '逾期',
      MISSING: '未报',
      RETURNED: '已退回',
      DRAFT: '草稿未报',
      SUBMITTED: '已报送待审',
    },
    en: {
      ON_TIME: 'On time',
      LATE: 'Late',
      MISSING: 'Missing',
      RETURNED: 'Returned',
      DRAFT: 'Draft, not sent',
      SUBMITTED: 'Submitted, awaiting review',
    },
  },
  ProjectNode: {
    zh: {
      SIGNED: '签约',
      FILED: '备案/核准',
      LAND: '用地',
      PLANNING_PERMIT: '规划许可',
      CONSTRUCTION_PERMIT: '施工许可',
      STARTED: '开工',
      COMPLETED: '竣工',
      IN_PRODUCTION: '投产',
    },
    en: {
      SIGNED: 'Signed',
      FILED: 'Filed / approved',
      LAND: 'Land',
      PLANNING_PERMIT: 'Planning permit',
      CONSTRUCTION_PERMIT: 'Construction permit',
      STARTED: 'Started',
      COMPLETED: 'Completed',
      IN_PRODUCTION: 'In production',
    },
  },
  ReportedWorksKind: {
    zh: { ROAD_LINK: '道路工程', GRID_PROJECT: '电网工程', FACILITY: '设施', RELOCATION_SITE: '搬迁村庄' },
    en: {
      ROAD_LINK: 'Road works',
      GRID_PROJECT: 'Power grid works',
      FACILITY: 'Facility',
      RELOCATION_SITE: 'Relocated village',
    },
  },
  TimeProgressFlag: {
    zh: { GREEN: '快于或持平时序进度', YELLOW: '略慢于时序进度', RED: '明显慢于时序进度' },
    en: { GREEN: 'Ahead of or on time', YELLOW: 'Slightly behind time', RED: 'Well behind time' },
  },
  ProblemStatus: {
    zh: { OPEN: '待办', ASSIGNED: '督办中', CLOSED: '已办结' },
    en: { OPEN: 'Open', ASSIGNED: 'Assigned', CLOSED: 'Closed' },
  },
  LeaderBody: {
    zh: { PARTY_COMMITTEE: '市委', PEOPLES_CONGRESS: '市人大', GOVERNMENT: '市政府', CPPCC: '市政协' },
    en: {
      PARTY_COMMITTEE: 'Party Committee',
      PEOPLES_CONGRESS: 'People’s Congress',
      GOVERNMENT: 'Government',
      CPPCC: 'CPPCC',
    },
  },
};

/** The name of an API enum that has labels: `StarLevel`, `ProjectStatus`, … */
export type EnumKind = keyof LabelledEnums;

/** The values of an enum, as the generated GraphQL types name them. */
export type EnumValue<K extends EnumKind> = LabelledEnums[K];

export type StarLevel = Api.StarLevel;
export type ProjectStatus = Api.ProjectStatus;
export type Comparator = Api.Comparator;
export type SourceKind = Api.SourceKind;

/**
 * The word for an enum value in a locale.
 *
 * @example
 * label('ProjectStatus', 'IN_PRODUCTION', 'zh'); // '投产'
 * label('StarLevel', 'ONE_STAR', 'en'); // 'One star'
 */
export function label<K extends EnumKind>(kind: K, value: EnumValue<K>, locale: Locale): string {
  const labels: Record<string, string> = ENUM_LABELS[kind][locale];
  // A value the API added after this build shows as itself rather than as a blank.
  return labels[value as string] ?? String(value);
}
