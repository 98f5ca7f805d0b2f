/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** VIEWER reads; ZONE_REPORTER writes its own zone; PLANNER city-wide; INSPECTOR scores; ADMIN all. */
export type AccountRole =
  | 'ADMIN'
  | 'INSPECTOR'
  | 'PLANNER'
  | 'VIEWER'
  | 'ZONE_REPORTER';

/** 千亿级主导产业集群 (LEADING) / 百亿级特色产业集群 (SPECIALTY) */
export type ClusterTier =
  | 'LEADING'
  | 'SPECIALTY';

/** How a figure binds: 接近 is APPROX, 超过 GT, 以上 GTE. */
export type Comparator =
  | 'APPROX'
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE';

/** ANCHOR: named by the plan for a cluster. */
export type EnterpriseRole =
  | 'ANCHOR'
  | 'KEY'
  | 'LEADING'
  | 'SUPPORTING';

/** Kinds of facility the plan counts. */
export type FacilityKind =
  | 'EMPLOYMENT_SERVICE_PLATFORM'
  | 'ENGINEERING_RESEARCH_CENTRE'
  | 'INCUBATOR'
  | 'LOGISTICS_PARK'
  | 'POSTDOCTORAL_WORKSTATION'
  | 'QUALITY_INSPECTION_CENTRE'
  | 'SEWAGE_PLANT'
  | 'SUPPORTING_INDUSTRIAL_PARK'
  | 'TRAINING_BASE';

/** Substation (a point) or line. */
export type GridProjectKind =
  | 'LINE'
  | 'SUBSTATION';

/** 季观摩 / 年终总观摩 */
export type InspectionKind =
  | 'QUARTERLY'
  | 'YEAR_END';

/** 四大班子: 市委、人大、政府、政协. */
export type LeaderBody =
  | 'CPPCC'
  | 'GOVERNMENT'
  | 'PARTY_COMMITTEE'
  | 'PEOPLES_CONGRESS';

/** A zone’s report for a month: saved as a draft, or replacing a draft or returned report. */
export type MonthlyReportInput = {
  fixedAssetInvestmentWan?: number | null | undefined;
  mainBusinessRevenueWan?: number | null | undefined;
  /** YYYY-MM, e.g. 2014-09 */
  month: string;
  nodes: Array<MonthlyReportNodeInput>;
  note?: string | null | undefined;
  projects: Array<MonthlyReportProjectInput>;
  /** The version read; required when the report exists. */
  version?: number | null | undefined;
  works: Array<MonthlyReportWorksInput>;
  zoneCode: string | number;
};

/** A lifecycle node reached this month. */
export type MonthlyReportNodeInput = {
  actualOn: string;
  node: ProjectNode;
  projectId: string | number;
};

/** A project’s line: investment completed this month (万元), a status change, 形象进度. */
export type MonthlyReportProjectInput = {
  investmentWan: number;
  /** Required when the cumulative exceeds the project’s total. */
  overTotalReason?: string | null | undefined;
  progressText?: string | null | undefined;
  projectId: string | number;
  status?: ProjectStatus | null | undefined;
  statusChangedOn?: string | null | undefined;
};

/** A works or relocation site’s state at the month’s end. */
export type MonthlyReportWorksInput = {
  completedOn?: string | null | undefined;
  entityId: string | number;
  householdsMoved?: number | null | undefined;
  kind: ReportedWorksKind;
  progressPercent?: number | null | undefined;
  progressText?: string | null | undefined;
  startedOn?: string | null | undefined;
  unitsCompleted?: number | null | undefined;
  unitsStarted?: number | null | undefined;
};

/** Rank movement since the previous round. */
export type Movement =
  | 'DOWN'
  | 'NEW'
  | 'SAME'
  | 'UP';

/** 问题台账: OPEN, ASSIGNED (督办), CLOSED. */
export type ProblemStatus =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'OPEN';

/** 签约、备案/核准、用地、规划许可、施工许可、开工、竣工、投产, in order. */
export type ProjectNode =
  | 'COMPLETED'
  | 'CONSTRUCTION_PERMIT'
  | 'FILED'
  | 'IN_PRODUCTION'
  | 'LAND'
  | 'PLANNING_PERMIT'
  | 'SIGNED'
  | 'STARTED';

/** Stages a project passes, in order. */
export type ProjectStatus =
  | 'COMPLETED'
  | 'IN_PRODUCTION'
  | 'PLANNED'
  | 'SIGNED'
  | 'STARTED';

/** DRAFT: computed from the data as it stands; PUBLISHED: frozen when it was published. */
export type RankingStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** 月报: DRAFT 草稿, SUBMITTED 已报送, RETURNED 已退回 (with a reason), ACCEPTED 已采纳 (its figures count). */
export type ReportStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** The works a monthly report carries lines for: road links, grid projects, facilities, relocation sites. */
export type ReportedWorksKind =
  | 'FACILITY'
  | 'GRID_PROJECT'
  | 'RELOCATION_SITE'
  | 'ROAD_LINK';

/** A zone’s state for a month’s report: ON_TIME accepted and first submitted by the deadline; SUBMITTED awaiting review, submitted by the deadline; LATE first submitted after it; RETURNED returned, not yet resubmitted; DRAFT saved, deadline not over; MISSING nothing submitted (overdue once the deadline is over). */
export type ReportingState =
  | 'DRAFT'
  | 'LATE'
  | 'MISSING'
  | 'ON_TIME'
  | 'RETURNED'
  | 'SUBMITTED';

/** 国省道改造前期 / 续建 / 新开工 / 大中修 */
export type RoadLinkKind =
  | 'CONTINUED'
  | 'NEW'
  | 'RECONSTRUCTION_PREWORK'
  | 'REPAIR';

/** What a search hit is. */
export type SearchKind =
  | 'CLUSTER'
  | 'ENTERPRISE'
  | 'PROJECT'
  | 'RELOCATION_SITE'
  | 'ZONE';

/** Where a record came from. */
export type SourceKind =
  | 'APPROXIMATE'
  | 'DEMO'
  | 'PLAN_TEXT'
  | 'PUBLIC_SOURCE'
  | 'REPORTED'
  | 'SURVEYED';

/** 省产业集聚区考核评价 level: 未达门槛, 门槛, 一星级 … */
export type StarLevel =
  | 'BELOW_THRESHOLD'
  | 'ONE_STAR'
  | 'THREE_STAR'
  | 'THRESHOLD'
  | 'TWO_STAR';

/** Whom a target binds. */
export type TargetScope =
  | 'ALL_ZONES'
  | 'CLUSTER'
  | 'ZONE';

/** Against time progress (时序进度): GREEN not behind, YELLOW a little behind, RED far behind (see timeProgressThresholds). */
export type TimeProgressFlag =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** Units of plan figures. */
export type Unit =
  | 'COUNT'
  | 'ENTERPRISES'
  | 'HOUSING_UNITS'
  | 'KM'
  | 'KV'
  | 'KVA'
  | 'MU'
  | 'PERCENT'
  | 'PERCENTAGE_POINTS'
  | 'PERSON_TIMES'
  | 'TONNES_PER_DAY'
  | 'YI_YUAN';

/** Stage of infrastructure works. */
export type WorksStatus =
  | 'CONTINUED'
  | 'NEW'
  | 'OPERATING'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

export type AuditLogQueryVariables = Exact<{
  entity: string;
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, at: string, actor: string, action: string, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type ChangesBetweenQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChangesBetweenQuery = { changesBetween: Array<{ kind: string, entityId: string | null, name: string, from: string | null, to: string | null, point: Array<number> | null, zone: { code: string } }> };

export type InspectionScorecardQueryVariables = Exact<{
  code: string | number;
  zoneCode: string;
  period: string;
}>;


export type InspectionScorecardQuery = { zone: { code: string, name: string, nameEn: string, starLevel: StarLevel, projects: Array<{ id: string, status: ProjectStatus, investmentYi: number, provenance: { kind: SourceKind }, statusHistory: Array<{ status: ProjectStatus, changedOn: string }> }> } | null, planTargets: Array<{ id: number, label: string, labelEn: string, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }>, inspectionRanking: { criteria: Array<{ code: string, nameZh: string, nameEn: string, weight: number }>, zones: Array<{ zoneCode: string, criteria: Array<{ criterion: string, value: number | null, appliedWeight: number, raw: number | null }> }> } | null, roadLinks: Array<{ id: string, zoneCode: string | null, kind: RoadLinkKind, provenance: { kind: SourceKind } }>, gridProjects: Array<{ id: string, zoneCode: string | null, kind: GridProjectKind, provenance: { kind: SourceKind } }>, facilities: Array<{ id: string, name: string, zoneCode: string | null, kind: FacilityKind, provenance: { kind: SourceKind } }>, relocationSites: Array<{ id: string, zoneCode: string, households: number, unitsPlanned: number, unitsStarted: number, unitsCompleted: number, provenance: { kind: SourceKind } }> };

export type InspectionScreenQueryVariables = Exact<{
  period: string;
}>;


export type InspectionScreenQuery = { inspectionRanking: { period: string, kind: InspectionKind, heldOn: string | null, previousPeriod: string | null, status: RankingStatus, version: number | null, publishedAt: string | null, criteriaVersion: number, missingDataRule: string, tieRule: string, provenance: { kind: SourceKind, citation: string | null }, zones: Array<{ zoneCode: string, score: number | null, rank: number | null, previousRank: number | null, movement: Movement | null, consequence: string | null, complete: boolean, missingCriteria: Array<string> }> } | null, zones: Array<{ code: string, name: string, nameEn: string, seat: import('geojson').Geometry, bbox: Array<number>, starLevel: StarLevel }>, clusters: Array<{ code: string, name: string, nameEn: string }>, planTargets: Array<{ id: number, metric: string, label: string, labelEn: string, scope: TargetScope, zoneCode: string | null, clusterCode: string | null, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }> };

export type MapOpeningQueryVariables = Exact<{ [key: string]: never; }>;


export type MapOpeningQuery = { counties: Array<{ adcode: string, name: string, nameEn: string, seat: import('geojson').Geometry, geometry: import('geojson').Geometry }>, clusters: Array<{ code: string, name: string, nameEn: string, tier: ClusterTier, revenueTarget: { valueYi: number, comparator: Comparator } | null, zones: Array<{ code: string, name: string, nameEn: string }>, anchorEnterprises: Array<{ id: string, name: string, role: EnterpriseRole, zoneCode: string | null }> }>, rivers: Array<{ id: string, level: number, geometry: import('geojson').Geometry }>, zones: Array<{ code: string, name: string, nameEn: string, starLevel: StarLevel, geometry: import('geojson').Geometry, seat: import('geojson').Geometry, geometryProvenance: { kind: SourceKind }, clusters: Array<{ code: string }> }>, roadLinks: Array<{ id: string, name: string, kind: RoadLinkKind, geometry: import('geojson').Geometry, provenance: { kind: SourceKind } }>, gridProjects: Array<{ id: string, name: string, kind: GridProjectKind, voltageKv: number, transformerKva: number | null, status: WorksStatus, geometry: import('geojson').Geometry, provenance: { kind: SourceKind } }>, facilities: Array<{ id: string, name: string, kind: FacilityKind, status: WorksStatus, geometry: import('geojson').Geometry, provenance: { kind: SourceKind } }>, relocationSites: Array<{ id: string, name: string, communityName: string, households: number, unitsPlanned: number, unitsStarted: number, unitsCompleted: number, geometry: import('geojson').Geometry, destination: import('geojson').Geometry, provenance: { kind: SourceKind } }> };

export type MapProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type MapProbeQuery = { zones: Array<{ code: string }> };

export type MapProjectsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MapProjectsQuery = { projects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: ProjectStatus, investmentYi: number, geometry: import('geojson').Geometry, provenance: { kind: SourceKind }, zone: { code: string }, cluster: { code: string } | null, statusHistory: Array<{ status: ProjectStatus, changedOn: string }> } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, role: AccountRole, demo: boolean, zone: { code: string, name: string, nameEn: string } | null } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string, me: { username: string, displayName: string, role: AccountRole, demo: boolean, zone: { code: string, name: string, nameEn: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeetingScreenQueryVariables = Exact<{
  month: string;
  year: number;
  asOf: string;
}>;


export type MeetingScreenQuery = { reportingBoard: Array<{ state: ReportingState, deadline: string, zone: { code: string }, report: { id: string, status: ReportStatus, late: boolean, demo: boolean, submittedAt: string | null, projects: Array<{ investmentWan: number }> } | null }>, zoneTimeProgress: Array<{ plannedWan: number, completedWan: number, percentOfPlan: number | null, timeProgressPercent: number, pointsAhead: number | null, flag: TimeProgressFlag | null, demo: boolean, source: SourceKind | null, zone: { code: string } }>, timeProgressThresholds: Array<{ flag: TimeProgressFlag, description: string, minPointsAhead: number | null }>, redList: Array<{ zone: { code: string }, behindProjects: Array<{ pointsAhead: number | null, percentOfPlan: number | null, flag: TimeProgressFlag | null, project: { id: string, name: string }, responsible: { leaderName: string, responsibleUnit: string } | null }>, overdueNodes: Array<{ project: { id: string, name: string }, node: { node: ProjectNode, plannedOn: string | null } }>, overdueProblems: Array<{ id: string, description: string, responsibleUnit: string, dueOn: string, project: { id: string, name: string } }> }>, zones: Array<{ code: string, name: string, nameEn: string }> };

export type MonthlyReportFieldsFragment = { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> };

export type ReportStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportStartQuery = { me: { username: string, displayName: string, role: AccountRole, demo: boolean, zone: { code: string, name: string, nameEn: string } | null } | null, zones: Array<{ code: string, name: string, nameEn: string }> };

export type ReportFormQueryVariables = Exact<{
  code: string | number;
  month: string;
}>;


export type ReportFormQuery = { zone: { code: string, name: string, nameEn: string, projects: Array<{ id: string, name: string, status: ProjectStatus, investmentYi: number, completedWan: number }> } | null, roadLinks: Array<{ id: string, name: string, zoneCode: string | null }>, gridProjects: Array<{ id: string, name: string, zoneCode: string | null }>, facilities: Array<{ id: string, name: string, zoneCode: string | null }>, relocationSites: Array<{ id: string, villageName: string, zoneCode: string }>, monthlyReport: { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> } | null, reportingBoard: Array<{ state: ReportingState, deadline: string, zone: { code: string } }> };

export type SaveMonthlyReportMutationVariables = Exact<{
  input: MonthlyReportInput;
}>;


export type SaveMonthlyReportMutation = { saveMonthlyReport: { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> } };

export type SubmitMonthlyReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitMonthlyReportMutation = { submitMonthlyReport: { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> } };

export type ReviewBoardQueryVariables = Exact<{
  month: string;
}>;


export type ReviewBoardQuery = { reportingBoard: Array<{ state: ReportingState, deadline: string, zone: { code: string, name: string, nameEn: string }, report: { id: string, status: ReportStatus, version: number, late: boolean, submittedAt: string | null, submittedBy: string | null } | null }> };

export type ReviewReportQueryVariables = Exact<{
  zoneCode: string | number;
  month: string;
}>;


export type ReviewReportQuery = { monthlyReport: { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> } | null };

export type AcceptMonthlyReportMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AcceptMonthlyReportMutation = { acceptMonthlyReport: { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> } };

export type ReturnMonthlyReportMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type ReturnMonthlyReportMutation = { returnMonthlyReport: { id: string, month: string, status: ReportStatus, version: number, late: boolean, deadline: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, note: string | null, createdBy: string, submittedAt: string | null, submittedBy: string | null, reviewedAt: string | null, reviewedBy: string | null, returnReason: string | null, zone: { code: string, name: string, nameEn: string }, projects: Array<{ investmentWan: number, cumulativeWan: number, status: ProjectStatus | null, statusChangedOn: string | null, progressText: string | null, overTotalReason: string | null, project: { id: string, name: string } }>, nodes: Array<{ node: ProjectNode, actualOn: string, project: { id: string, name: string } }>, works: Array<{ kind: ReportedWorksKind, entityId: string, name: string, progressPercent: number | null, unitsStarted: number | null, unitsCompleted: number | null, householdsMoved: number | null, startedOn: string | null, completedOn: string | null, progressText: string | null }> } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: { id: string, name: string, status: ProjectStatus, investmentYi: number, areaKm2: number, lengthKm: number, statusHistory: Array<{ status: ProjectStatus, changedOn: string }>, zone: { code: string, name: string, nameEn: string }, cluster: { code: string, name: string, nameEn: string } | null, provenance: { kind: SourceKind, citation: string | null }, geometryProvenance: { kind: SourceKind, citation: string | null }, responsible: { leaderName: string, leaderTitle: string | null, leaderBody: LeaderBody | null, responsibleUnit: string, provenance: { kind: SourceKind } } | null, nodes: Array<{ node: ProjectNode, plannedOn: string | null, actualOn: string | null, overdue: boolean, provenance: { kind: SourceKind } }>, problems: Array<{ id: string, description: string, responsibleUnit: string, dueOn: string, status: ProblemStatus, overdue: boolean }> } | null };

export type ProjectLedgerRowQueryVariables = Exact<{
  year: number;
  zoneCode: string | number;
}>;


export type ProjectLedgerRowQuery = { projectLedger: Array<{ asOf: string, plannedWan: number | null, completedWan: number, percentOfPlan: number | null, timeProgressPercent: number, pointsAhead: number | null, flag: TimeProgressFlag | null, completedSource: SourceKind | null, project: { id: string }, planSource: { kind: SourceKind } | null }>, timeProgressThresholds: Array<{ flag: TimeProgressFlag, description: string }> };

export type RelocationDetailQueryVariables = Exact<{ [key: string]: never; }>;


export type RelocationDetailQuery = { relocationSites: Array<{ id: string, villageName: string, communityName: string, zoneCode: string, households: number, unitsPlanned: number, unitsStarted: number, unitsCompleted: number, startedOn: string | null, provenance: { kind: SourceKind, citation: string | null } }>, zones: Array<{ code: string, name: string, nameEn: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, id: string, name: string, zoneCode: string | null }> };

export type WorksScheduleQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type WorksScheduleQuery = { roadLinks: Array<{ id: string, name: string, zoneCode: string | null, plannedStartOn: string | null, plannedFinishOn: string | null, progressPercent: number | null, responsibleUnit: string | null, late: boolean, provenance: { kind: SourceKind, citation: string | null } }>, gridProjects: Array<{ id: string, name: string, zoneCode: string | null, plannedStartOn: string | null, plannedFinishOn: string | null, progressPercent: number | null, responsibleUnit: string | null, late: boolean, provenance: { kind: SourceKind, citation: string | null } }>, facilities: Array<{ id: string, name: string, zoneCode: string | null, plannedStartOn: string | null, plannedFinishOn: string | null, progressPercent: number | null, responsibleUnit: string | null, late: boolean, provenance: { kind: SourceKind, citation: string | null } }>, relocationSites: Array<{ id: string, name: string, villageName: string, zoneCode: string, plannedStartOn: string | null, plannedFinishOn: string | null, progressPercent: number | null, responsibleUnit: string | null, late: boolean, householdsMoved: number, householdsWaiting: number, provenance: { kind: SourceKind, citation: string | null } }>, zones: Array<{ code: string, name: string, nameEn: string }> };

export type ZoneDetailQueryVariables = Exact<{
  code: string | number;
  zoneCode: string;
  year: number;
}>;


export type ZoneDetailQuery = { zone: { code: string, name: string, nameEn: string, starLevel: StarLevel, plannedAreaKm2: number | null, county: { name: string, nameEn: string }, clusters: Array<{ code: string, name: string, nameEn: string }>, provenance: { kind: SourceKind, citation: string | null }, geometryProvenance: { kind: SourceKind, citation: string | null }, projects: Array<{ id: string, status: ProjectStatus, investmentYi: number, provenance: { kind: SourceKind } }> } | null, planTargets: Array<{ id: number, metric: string, label: string, labelEn: string, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }>, roadLinks: Array<{ id: string, zoneCode: string | null, kind: RoadLinkKind, provenance: { kind: SourceKind } }>, gridProjects: Array<{ id: string, zoneCode: string | null, kind: GridProjectKind, provenance: { kind: SourceKind } }>, facilities: Array<{ id: string, name: string, zoneCode: string | null, kind: FacilityKind, provenance: { kind: SourceKind } }>, relocationSites: Array<{ id: string, zoneCode: string, households: number, provenance: { kind: SourceKind } }>, monthlyReports: Array<{ id: string, month: string, demo: boolean, fixedAssetInvestmentWan: number | null, mainBusinessRevenueWan: number | null, reviewedAt: string | null, reviewedBy: string | null }>, zoneTimeProgress: Array<{ plannedWan: number, completedWan: number, percentOfPlan: number | null, timeProgressPercent: number, pointsAhead: number | null, flag: TimeProgressFlag | null, demo: boolean, source: SourceKind | null, zone: { code: string } }> };

export type ZoneProgressQueryVariables = Exact<{
  year: number;
}>;


export type ZoneProgressQuery = { zoneTimeProgress: Array<{ plannedWan: number, completedWan: number, percentOfPlan: number | null, timeProgressPercent: number, pointsAhead: number | null, flag: TimeProgressFlag | null, demo: boolean, source: SourceKind | null, zone: { code: string } }>, timeProgressThresholds: Array<{ flag: TimeProgressFlag, description: string, minPointsAhead: number | null }> };

export type ZoneRanksQueryVariables = Exact<{
  period: string;
}>;


export type ZoneRanksQuery = { inspectionRanking: { period: string, status: RankingStatus, provenance: { kind: SourceKind }, zones: Array<{ zoneCode: string, rank: number | null, score: number | null }> } | null };

export type ZoneTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ZoneTargetsQuery = { planTargets: Array<{ id: number, metric: string, label: string, labelEn: string, scope: TargetScope, zoneCode: string | null, value: number, valueMax: number | null, unit: Unit, comparator: Comparator, strive: boolean, actual: number | null, percentReached: number | null, actualSource: SourceKind | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MonthlyReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}
    `, {"fragmentName":"MonthlyReportFields"}) as unknown as TypedDocumentString<MonthlyReportFieldsFragment, unknown>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($entity: String!, $id: ID!, $first: Int!, $after: String) {
  auditLog(entity: $entity, id: $id, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      at
      actor
      action
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ChangesBetweenDocument = new TypedDocumentString(`
    query ChangesBetween($from: String!, $to: String!) {
  changesBetween(from: $from, to: $to) {
    kind
    zone {
      code
    }
    entityId
    name
    from
    to
    point
  }
}
    `) as unknown as TypedDocumentString<ChangesBetweenQuery, ChangesBetweenQueryVariables>;
export const InspectionScorecardDocument = new TypedDocumentString(`
    query InspectionScorecard($code: ID!, $zoneCode: String!, $period: String!) {
  zone(code: $code) {
    code
    name
    nameEn
    starLevel
    projects {
      id
      status
      investmentYi
      provenance {
        kind
      }
      statusHistory {
        status
        changedOn
      }
    }
  }
  planTargets(year: 2014, zoneCode: $zoneCode, asOf: $period) {
    id
    label
    labelEn
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
  inspectionRanking(period: $period) {
    criteria {
      code
      nameZh
      nameEn
      weight
    }
    zones {
      zoneCode
      criteria {
        criterion
        value
        appliedWeight
        raw
      }
    }
  }
  roadLinks {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  gridProjects {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  facilities {
    id
    name
    zoneCode
    kind
    provenance {
      kind
    }
  }
  relocationSites {
    id
    zoneCode
    households
    unitsPlanned
    unitsStarted
    unitsCompleted
    provenance {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionScorecardQuery, InspectionScorecardQueryVariables>;
export const InspectionScreenDocument = new TypedDocumentString(`
    query InspectionScreen($period: String!) {
  inspectionRanking(period: $period) {
    period
    kind
    heldOn
    previousPeriod
    status
    version
    publishedAt
    criteriaVersion
    missingDataRule
    tieRule
    provenance {
      kind
      citation
    }
    zones {
      zoneCode
      score
      rank
      previousRank
      movement
      consequence
      complete
      missingCriteria
    }
  }
  zones {
    code
    name
    nameEn
    seat
    bbox
    starLevel
  }
  clusters {
    code
    name
    nameEn
  }
  planTargets(year: 2014, asOf: $period) {
    id
    metric
    label
    labelEn
    scope
    zoneCode
    clusterCode
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
}
    `) as unknown as TypedDocumentString<InspectionScreenQuery, InspectionScreenQueryVariables>;
export const MapOpeningDocument = new TypedDocumentString(`
    query MapOpening {
  counties {
    adcode
    name
    nameEn
    seat
    geometry(zoom: 9)
  }
  clusters {
    code
    name
    nameEn
    tier
    revenueTarget {
      valueYi
      comparator
    }
    zones {
      code
      name
      nameEn
    }
    anchorEnterprises {
      id
      name
      role
      zoneCode
    }
  }
  rivers {
    id
    level
    geometry
  }
  zones {
    code
    name
    nameEn
    starLevel
    geometry(zoom: 9)
    seat
    geometryProvenance {
      kind
    }
    clusters {
      code
    }
  }
  roadLinks {
    id
    name
    kind
    geometry
    provenance {
      kind
    }
  }
  gridProjects {
    id
    name
    kind
    voltageKv
    transformerKva
    status
    geometry
    provenance {
      kind
    }
  }
  facilities {
    id
    name
    kind
    status
    geometry
    provenance {
      kind
    }
  }
  relocationSites {
    id
    name
    communityName
    households
    unitsPlanned
    unitsStarted
    unitsCompleted
    geometry
    destination
    provenance {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MapOpeningQuery, MapOpeningQueryVariables>;
export const MapProbeDocument = new TypedDocumentString(`
    query MapProbe {
  zones {
    code
  }
}
    `) as unknown as TypedDocumentString<MapProbeQuery, MapProbeQueryVariables>;
export const MapProjectsDocument = new TypedDocumentString(`
    query MapProjects($after: String) {
  projects(first: 250, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        status
        investmentYi
        geometry
        provenance {
          kind
        }
        zone {
          code
        }
        cluster {
          code
        }
        statusHistory {
          status
          changedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MapProjectsQuery, MapProjectsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    username
    displayName
    role
    demo
    zone {
      code
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    expiresAt
    me {
      username
      displayName
      role
      demo
      zone {
        code
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeetingScreenDocument = new TypedDocumentString(`
    query MeetingScreen($month: String!, $year: Int!, $asOf: Date!) {
  reportingBoard(month: $month) {
    zone {
      code
    }
    state
    deadline
    report {
      id
      status
      late
      demo
      submittedAt
      projects {
        investmentWan
      }
    }
  }
  zoneTimeProgress(year: $year, asOf: $asOf) {
    zone {
      code
    }
    plannedWan
    completedWan
    percentOfPlan
    timeProgressPercent
    pointsAhead
    flag
    demo
    source
  }
  timeProgressThresholds {
    flag
    description
    minPointsAhead
  }
  redList(month: $month) {
    zone {
      code
    }
    behindProjects {
      project {
        id
        name
      }
      pointsAhead
      percentOfPlan
      flag
      responsible {
        leaderName
        responsibleUnit
      }
    }
    overdueNodes {
      project {
        id
        name
      }
      node {
        node
        plannedOn
      }
    }
    overdueProblems {
      id
      project {
        id
        name
      }
      description
      responsibleUnit
      dueOn
    }
  }
  zones {
    code
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<MeetingScreenQuery, MeetingScreenQueryVariables>;
export const ReportStartDocument = new TypedDocumentString(`
    query ReportStart {
  me {
    username
    displayName
    role
    demo
    zone {
      code
      name
      nameEn
    }
  }
  zones {
    code
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<ReportStartQuery, ReportStartQueryVariables>;
export const ReportFormDocument = new TypedDocumentString(`
    query ReportForm($code: ID!, $month: String!) {
  zone(code: $code) {
    code
    name
    nameEn
    projects {
      id
      name
      status
      investmentYi
      completedWan
    }
  }
  roadLinks {
    id
    name
    zoneCode
  }
  gridProjects {
    id
    name
    zoneCode
  }
  facilities {
    id
    name
    zoneCode
  }
  relocationSites {
    id
    villageName
    zoneCode
  }
  monthlyReport(zoneCode: $code, month: $month) {
    ...MonthlyReportFields
  }
  reportingBoard(month: $month) {
    zone {
      code
    }
    state
    deadline
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}`) as unknown as TypedDocumentString<ReportFormQuery, ReportFormQueryVariables>;
export const SaveMonthlyReportDocument = new TypedDocumentString(`
    mutation SaveMonthlyReport($input: MonthlyReportInput!) {
  saveMonthlyReport(input: $input) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}`) as unknown as TypedDocumentString<SaveMonthlyReportMutation, SaveMonthlyReportMutationVariables>;
export const SubmitMonthlyReportDocument = new TypedDocumentString(`
    mutation SubmitMonthlyReport($id: ID!, $version: Int!) {
  submitMonthlyReport(id: $id, version: $version) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}`) as unknown as TypedDocumentString<SubmitMonthlyReportMutation, SubmitMonthlyReportMutationVariables>;
export const ReviewBoardDocument = new TypedDocumentString(`
    query ReviewBoard($month: String!) {
  reportingBoard(month: $month) {
    zone {
      code
      name
      nameEn
    }
    state
    deadline
    report {
      id
      status
      version
      late
      submittedAt
      submittedBy
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewBoardQuery, ReviewBoardQueryVariables>;
export const ReviewReportDocument = new TypedDocumentString(`
    query ReviewReport($zoneCode: ID!, $month: String!) {
  monthlyReport(zoneCode: $zoneCode, month: $month) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}`) as unknown as TypedDocumentString<ReviewReportQuery, ReviewReportQueryVariables>;
export const AcceptMonthlyReportDocument = new TypedDocumentString(`
    mutation AcceptMonthlyReport($id: ID!, $version: Int!) {
  acceptMonthlyReport(id: $id, version: $version) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}`) as unknown as TypedDocumentString<AcceptMonthlyReportMutation, AcceptMonthlyReportMutationVariables>;
export const ReturnMonthlyReportDocument = new TypedDocumentString(`
    mutation ReturnMonthlyReport($id: ID!, $version: Int!, $reason: String!) {
  returnMonthlyReport(id: $id, version: $version, reason: $reason) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  id
  month
  status
  version
  late
  deadline
  demo
  fixedAssetInvestmentWan
  mainBusinessRevenueWan
  note
  createdBy
  submittedAt
  submittedBy
  reviewedAt
  reviewedBy
  returnReason
  zone {
    code
    name
    nameEn
  }
  projects {
    project {
      id
      name
    }
    investmentWan
    cumulativeWan
    status
    statusChangedOn
    progressText
    overTotalReason
  }
  nodes {
    project {
      id
      name
    }
    node
    actualOn
  }
  works {
    kind
    entityId
    name
    progressPercent
    unitsStarted
    unitsCompleted
    householdsMoved
    startedOn
    completedOn
    progressText
  }
}`) as unknown as TypedDocumentString<ReturnMonthlyReportMutation, ReturnMonthlyReportMutationVariables>;
export const ProjectDetailDocument = new TypedDocumentString(`
    query ProjectDetail($id: ID!) {
  project(id: $id) {
    id
    name
    status
    investmentYi
    areaKm2
    lengthKm
    statusHistory {
      status
      changedOn
    }
    zone {
      code
      name
      nameEn
    }
    cluster {
      code
      name
      nameEn
    }
    provenance {
      kind
      citation
    }
    geometryProvenance {
      kind
      citation
    }
    responsible {
      leaderName
      leaderTitle
      leaderBody
      responsibleUnit
      provenance {
        kind
      }
    }
    nodes {
      node
      plannedOn
      actualOn
      overdue
      provenance {
        kind
      }
    }
    problems {
      id
      description
      responsibleUnit
      dueOn
      status
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const ProjectLedgerRowDocument = new TypedDocumentString(`
    query ProjectLedgerRow($year: Int!, $zoneCode: ID!) {
  projectLedger(year: $year, zoneCode: $zoneCode) {
    project {
      id
    }
    asOf
    plannedWan
    completedWan
    percentOfPlan
    timeProgressPercent
    pointsAhead
    flag
    completedSource
    planSource {
      kind
    }
  }
  timeProgressThresholds {
    flag
    description
  }
}
    `) as unknown as TypedDocumentString<ProjectLedgerRowQuery, ProjectLedgerRowQueryVariables>;
export const RelocationDetailDocument = new TypedDocumentString(`
    query RelocationDetail {
  relocationSites {
    id
    villageName
    communityName
    zoneCode
    households
    unitsPlanned
    unitsStarted
    unitsCompleted
    startedOn
    provenance {
      kind
      citation
    }
  }
  zones {
    code
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<RelocationDetailQuery, RelocationDetailQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, first: 8) {
    kind
    id
    name
    zoneCode
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const WorksScheduleDocument = new TypedDocumentString(`
    query WorksSchedule($asOf: Date) {
  roadLinks {
    id
    name
    zoneCode
    plannedStartOn
    plannedFinishOn
    progressPercent
    responsibleUnit
    late(asOf: $asOf)
    provenance {
      kind
      citation
    }
  }
  gridProjects {
    id
    name
    zoneCode
    plannedStartOn
    plannedFinishOn
    progressPercent
    responsibleUnit
    late(asOf: $asOf)
    provenance {
      kind
      citation
    }
  }
  facilities {
    id
    name
    zoneCode
    plannedStartOn
    plannedFinishOn
    progressPercent
    responsibleUnit
    late(asOf: $asOf)
    provenance {
      kind
      citation
    }
  }
  relocationSites {
    id
    name
    villageName
    zoneCode
    plannedStartOn
    plannedFinishOn
    progressPercent
    responsibleUnit
    late(asOf: $asOf)
    householdsMoved
    householdsWaiting
    provenance {
      kind
      citation
    }
  }
  zones {
    code
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<WorksScheduleQuery, WorksScheduleQueryVariables>;
export const ZoneDetailDocument = new TypedDocumentString(`
    query ZoneDetail($code: ID!, $zoneCode: String!, $year: Int!) {
  zone(code: $code) {
    code
    name
    nameEn
    starLevel
    plannedAreaKm2
    county {
      name
      nameEn
    }
    clusters {
      code
      name
      nameEn
    }
    provenance {
      kind
      citation
    }
    geometryProvenance {
      kind
      citation
    }
    projects {
      id
      status
      investmentYi
      provenance {
        kind
      }
    }
  }
  planTargets(year: $year, zoneCode: $zoneCode) {
    id
    metric
    label
    labelEn
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
  roadLinks {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  gridProjects {
    id
    zoneCode
    kind
    provenance {
      kind
    }
  }
  facilities {
    id
    name
    zoneCode
    kind
    provenance {
      kind
    }
  }
  relocationSites {
    id
    zoneCode
    households
    provenance {
      kind
    }
  }
  monthlyReports(zoneCode: $code, status: ACCEPTED) {
    id
    month
    demo
    fixedAssetInvestmentWan
    mainBusinessRevenueWan
    reviewedAt
    reviewedBy
  }
  zoneTimeProgress(year: $year) {
    zone {
      code
    }
    plannedWan
    completedWan
    percentOfPlan
    timeProgressPercent
    pointsAhead
    flag
    demo
    source
  }
}
    `) as unknown as TypedDocumentString<ZoneDetailQuery, ZoneDetailQueryVariables>;
export const ZoneProgressDocument = new TypedDocumentString(`
    query ZoneProgress($year: Int!) {
  zoneTimeProgress(year: $year) {
    zone {
      code
    }
    plannedWan
    completedWan
    percentOfPlan
    timeProgressPercent
    pointsAhead
    flag
    demo
    source
  }
  timeProgressThresholds {
    flag
    description
    minPointsAhead
  }
}
    `) as unknown as TypedDocumentString<ZoneProgressQuery, ZoneProgressQueryVariables>;
export const ZoneRanksDocument = new TypedDocumentString(`
    query ZoneRanks($period: String!) {
  inspectionRanking(period: $period) {
    period
    status
    provenance {
      kind
    }
    zones {
      zoneCode
      rank
      score
    }
  }
}
    `) as unknown as TypedDocumentString<ZoneRanksQuery, ZoneRanksQueryVariables>;
export const ZoneTargetsDocument = new TypedDocumentString(`
    query ZoneTargets {
  planTargets(year: 2014) {
    id
    metric
    label
    labelEn
    scope
    zoneCode
    value
    valueMax
    unit
    comparator
    strive
    actual
    percentReached
    actualSource
  }
}
    `) as unknown as TypedDocumentString<ZoneTargetsQuery, ZoneTargetsQueryVariables>;