import {
  FEATURE_ORDERS,
  LAYER_NAMES,
  PROJECT_SORTS,
  REPORTING_STATES,
  SEARCH_KINDS,
  TOTALS_GROUPS,
} from '@atlas/core';
import {
  ACCOUNT_ROLES,
  CLUSTER_TIERS,
  COMPARATORS,
  ENTERPRISE_ROLES,
  FACILITY_KINDS,
  FACILITY_LEVELS,
  GRID_PROJECT_KINDS,
  GRID_VOLTAGES,
  HOUSING_KINDS,
  INSPECTION_MEASURES,
  LEADER_BODIES,
  PROBLEM_STATUSES,
  PROJECT_NODES,
  PROJECT_STATUSES,
  RANK_MOVEMENTS,
  RANKED_INSPECTION_KINDS,
  RANKING_STATUSES,
  REPORT_STATUSES,
  REPORTED_WORKS_KINDS,
  ROAD_LINK_KINDS,
  SOURCE_KINDS,
  STAR_LEVELS,
  TARGET_SCOPES,
  TIME_PROGRESS_FLAGS,
  UNITS,
  WORKS_STATUSES,
} from '@atlas/data';
import { registerEnumType } from 'type-graphql';

/** A GraphQL enum object from the domain's list, so the schema cannot drift from the data. */
function enumOf<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const e = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(e, { name, description });
  return e;
}

export const StarLevel = enumOf(
  STAR_LEVELS,
  'StarLevel',
  '省产业集聚区考核评价 level: 未达门槛, 门槛, 一星级 …',
);
export const ClusterTier = enumOf(
  CLUSTER_TIERS,
  'ClusterTier',
  '千亿级主导产业集群 (LEADING) / 百亿级特色产业集群 (SPECIALTY)',
);
export const Comparator = enumOf(
  COMPARATORS,
  'Comparator',
  'How a figure binds: 接近 is APPROX, 超过 GT, 以上 GTE.',
);
export const SourceKind = enumOf(SOURCE_KINDS, 'SourceKind', 'Where a record came from.');
export const ProjectStatus = enumOf(PROJECT_STATUSES, 'ProjectStatus', 'Stages a project passes, in order.');
export const RoadLinkKind = enumOf(
  ROAD_LINK_KINDS,
  'RoadLinkKind',
  '国省道改造前期 / 续建 / 新开工 / 大中修',
);
export const GridProjectKind = enumOf(GRID_PROJECT_KINDS, 'GridProjectKind', 'Substation (a point) or line.');
export const FacilityKind = enumOf(FACILITY_KINDS, 'FacilityKind', 'Kinds of facility the plan counts.');
export const EnterpriseRole = enumOf(
  ENTERPRISE_ROLES,
  'EnterpriseRole',
  'ANCHOR: named by the plan for a cluster.',
);
export const Unit = enumOf(Object.keys(UNITS) as (keyof typeof UNITS)[], 'Unit', 'Units of plan figures.');
export const TargetScope = enumOf(TARGET_SCOPES, 'TargetScope', 'Whom a target binds.');
export const WorksStatus = enumOf(WORKS_STATUSES, 'WorksStatus', 'Stage of infrastructure works.');
export const FacilityLevel = enumOf(FACILITY_LEVELS, 'FacilityLevel', 'National or provincial.');
export const HousingKind = enumOf(HOUSING_KINDS, 'HousingKind', '安置房 / 公租房');
export const GridVoltage = enumOf(
  GRID_VOLTAGES,
  'GridVoltage',
  'A nominal voltage (GB/T 156): KV_110 is 110 kV. The plan counts grid projects of 110 kV and above.',
);
export const FeatureLayer = enumOf(
  LAYER_NAMES,
  'FeatureLayer',
  'A map layer, for spatial filters across layers.',
);
export const FeatureOrder = enumOf(FEATURE_ORDERS, 'FeatureOrder', 'Order of a feature list.');
export const TotalsGroup = enumOf(TOTALS_GROUPS, 'TotalsGroup', 'How project totals are grouped.');
export const SearchKind = enumOf(SEARCH_KINDS, 'SearchKind', 'What a search hit is.');
export const ProjectSort = enumOf(PROJECT_SORTS, 'ProjectSort', 'Projects by investment or start date.');
export const InspectionKind = enumOf(RANKED_INSPECTION_KINDS, 'InspectionKind', '季观摩 / 年终总观摩');
export const Movement = enumOf(RANK_MOVEMENTS, 'Movement', 'Rank movement since the previous round.');
export const InspectionMeasure = enumOf(
  INSPECTION_MEASURES,
  'InspectionMeasure',
  'How a scoring criterion’s value is obtained and normalised to 0–100 (see the README).',
);
export const RankingStatus = enumOf(
  RANKING_STATUSES,
  'RankingStatus',
  'DRAFT: computed from the data as it stands; PUBLISHED: frozen when it was published.',
);
export const ProjectNode = enumOf(
  PROJECT_NODES,
  'ProjectNode',
  '签约、备案/核准、用地、规划许可、施工许可、开工、竣工、投产, in order.',
);
export const TimeProgressFlag = enumOf(
  TIME_PROGRESS_FLAGS,
  'TimeProgressFlag',
  'Against time progress (时序进度): GREEN not behind, YELLOW a little behind, RED far behind (see timeProgressThresholds).',
);
export const ProblemStatus = enumOf(
  PROBLEM_STATUSES,
  'ProblemStatus',
  '问题台账: OPEN, ASSIGNED (督办), CLOSED.',
);
export const LeaderBody = enumOf(LEADER_BODIES, 'LeaderBody', '四大班子: 市委、人大、政府、政协.');
export const ReportStatus = enumOf(
  REPORT_STATUSES,
  'ReportStatus',
  '月报: DRAFT 草稿, SUBMITTED 已报送, RETURNED 已退回 (with a reason), ACCEPTED 已采纳 (its figures count).',
);
export const ReportingState = enumOf(
  REPORTING_STATES,
  'ReportingState',
  'A zone’s state for a month’s report: ON_TIME accepted and first submitted by the deadline; SUBMITTED awaiting review, submitted by the deadline; LATE first submitted after it; RETURNED returned, not yet resubmitted; DRAFT saved, deadline not over; MISSING nothing submitted (overdue once the deadline is over).',
);
export const ReportedWorksKind = enumOf(
  REPORTED_WORKS_KINDS,
  'ReportedWorksKind',
  'The works a monthly report carries lines for: road links, grid projects, facilities, relocation sites.',
);

/**
 * What an account may do (see core's PERMISSIONS). GraphQL names are upper case (`ZONE_REPORTER`);
 * the values are the database's and core's (`zone_reporter`).
 */
export const AccountRole = Object.fromEntries(ACCOUNT_ROLES.map((role) => [role.toUpperCase(), role])) as {
  readonly [R in (typeof ACCOUNT_ROLES)[number] as Uppercase<R>]: R;
};
registerEnumType(AccountRole, {
  name: 'AccountRole',
  description:
    'VIEWER reads; ZONE_REPORTER writes its own zone; PLANNER city-wide; INSPECTOR scores; ADMIN all.',
});
