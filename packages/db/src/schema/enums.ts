import {
  ACCOUNT_ROLES,
  CLUSTER_TIERS,
  COMPARATORS,
  ENTERPRISE_ROLES,
  FACILITY_KINDS,
  FACILITY_LEVELS,
  GRID_PROJECT_KINDS,
  HOUSING_KINDS,
  INSPECTION_KINDS,
  INSPECTION_MEASURES,
  LEADER_BODIES,
  PROBLEM_STATUSES,
  PROJECT_NODES,
  PROJECT_STATUSES,
  REPORT_STATUSES,
  REPORTED_WORKS_KINDS,
  ROAD_LINK_KINDS,
  SOURCE_KINDS,
  STAR_AIMS,
  STAR_LEVELS,
  TARGET_SCOPES,
  UNITS,
  WORKS_STATUSES,
} from '@atlas/data';
import { pgEnum } from 'drizzle-orm/pg-core';

// The database enums are built from the domain's lists so the two cannot drift apart.
const values = <T extends string>(list: readonly T[]) => list as unknown as [T, ...T[]];

export const sourceKind = pgEnum('source_kind', values(SOURCE_KINDS));
export const starLevel = pgEnum('star_level', values(STAR_LEVELS));
export const starAim = pgEnum('star_aim', values(STAR_AIMS));
export const clusterTier = pgEnum('cluster_tier', values(CLUSTER_TIERS));
export const comparator = pgEnum('comparator', values(COMPARATORS));
export const enterpriseRole = pgEnum('enterprise_role', values(ENTERPRISE_ROLES));
export const projectStatus = pgEnum('project_status', values(PROJECT_STATUSES));
export const roadLinkKind = pgEnum('road_link_kind', values(ROAD_LINK_KINDS));
export const gridProjectKind = pgEnum('grid_project_kind', values(GRID_PROJECT_KINDS));
export const facilityKind = pgEnum('facility_kind', values(FACILITY_KINDS));
export const inspectionKind = pgEnum('inspection_kind', values(INSPECTION_KINDS));
export const inspectionMeasure = pgEnum('inspection_measure', values(INSPECTION_MEASURES));
export const unit = pgEnum('unit', values(Object.keys(UNITS) as (keyof typeof UNITS)[]));
export const targetScope = pgEnum('target_scope', values(TARGET_SCOPES));
export const housingKind = pgEnum('housing_kind', values(HOUSING_KINDS));
export const facilityLevel = pgEnum('facility_level', values(FACILITY_LEVELS));
export const worksStatus = pgEnum('works_status', values(WORKS_STATUSES));
export const accountRole = pgEnum('account_role', values(ACCOUNT_ROLES));
export const reportStatus = pgEnum('report_status', values(REPORT_STATUSES));
export const projectNode = pgEnum('project_node', values(PROJECT_NODES));
export const problemStatus = pgEnum('problem_status', values(PROBLEM_STATUSES));
export const leaderBody = pgEnum('leader_body', values(LEADER_BODIES));
export const reportedWorksKind = pgEnum('reported_works_kind', values(REPORTED_WORKS_KINDS));
