/**
 * The plan's enumerations that have no file of their own: the one list each is defined by. The
 * database's enums, core's types, the GraphQL enums and the web's labels are all derived from these
 * (`packages/db/src/schema/enums.ts`, `apps/api/src/graphql/common/enums.ts`), so none can drift.
 *
 * The lists with a concept of their own stay beside it: `STAR_LEVELS`, `CLUSTER_TIERS`,
 * `COMPARATORS`, `ENTERPRISE_ROLES`, `INSPECTION_KINDS`, `UNITS`, `SOURCE_KINDS`, `INSPECTION_MEASURES`.
 */

/** Stages of a project, in the order it passes them: 谋划, 签约, 开工, 竣工, 投产. */
export const PROJECT_STATUSES = ['PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** 国省道改造前期 / 续建 / 新开工 / 大中修 (§二(四)1). */
export const ROAD_LINK_KINDS = ['RECONSTRUCTION_PREWORK', 'CONTINUED', 'NEW', 'REPAIR'] as const;
export type RoadLinkKind = (typeof ROAD_LINK_KINDS)[number];

/** A substation (a point) or a line. */
export const GRID_PROJECT_KINDS = ['SUBSTATION', 'LINE'] as const;
export type GridProjectKind = (typeof GRID_PROJECT_KINDS)[number];

/**
 * China's nominal voltages of transmission and distribution (GB/T 156), in kV; the plan counts
 * grid projects of 110 kV and above (§二(四)3).
 */
export const GRID_VOLTAGES_KV = [10, 20, 35, 66, 110, 220, 330, 500, 750, 1000] as const;
export type GridVoltageKv = (typeof GRID_VOLTAGES_KV)[number];

/** The voltages as names an enum can carry: `KV_110` is 110 kV. */
export const GRID_VOLTAGES = GRID_VOLTAGES_KV.map((kv) => `KV_${kv}` as const);
export type GridVoltage = `KV_${GridVoltageKv}`;

/**
 * A voltage's kV.
 *
 * @example kvOf('KV_220') // 220
 */
export const kvOf = (voltage: GridVoltage): GridVoltageKv => Number(voltage.slice(3)) as GridVoltageKv;

/** Whether a number of kV is one of the nominal voltages. */
export const isGridVoltageKv = (kv: number): kv is GridVoltageKv =>
  (GRID_VOLTAGES_KV as readonly number[]).includes(kv);

/** Stages of infrastructure works (grid projects, facilities). */
export const WORKS_STATUSES = ['PLANNED', 'CONTINUED', 'NEW', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;
export type WorksStatus = (typeof WORKS_STATUSES)[number];

/** Kinds of facility the plan counts. */
export const FACILITY_KINDS = [
  'SEWAGE_PLANT',
  'QUALITY_INSPECTION_CENTRE',
  'INCUBATOR',
  'TRAINING_BASE',
  'EMPLOYMENT_SERVICE_PLATFORM',
  'ENGINEERING_RESEARCH_CENTRE',
  'POSTDOCTORAL_WORKSTATION',
  'SUPPORTING_INDUSTRIAL_PARK',
  'LOGISTICS_PARK',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** National or provincial, where the plan distinguishes them (quality inspection centres). */
export const FACILITY_LEVELS = ['NATIONAL', 'PROVINCIAL'] as const;
export type FacilityLevel = (typeof FACILITY_LEVELS)[number];

/** 安置房 / 公租房. */
export const HOUSING_KINDS = ['RESETTLEMENT', 'PUBLIC_RENTAL'] as const;
export type HousingKind = (typeof HOUSING_KINDS)[number];

/** Whom a target binds: the ten zones together, one zone, or one cluster. */
export const TARGET_SCOPES = ['ALL_ZONES', 'ZONE', 'CLUSTER'] as const;
export type TargetScopeKind = (typeof TARGET_SCOPES)[number];

/** The rounds that rank the zones: 季观摩 and 年终总观摩 (the monthly meeting ranks none). */
export const RANKED_INSPECTION_KINDS = ['QUARTERLY', 'YEAR_END'] as const;
export type RankedInspectionKind = (typeof RANKED_INSPECTION_KINDS)[number];

/** Which way a zone's rank moved since the round before. */
export const RANK_MOVEMENTS = ['UP', 'DOWN', 'SAME', 'NEW'] as const;
export type RankMovement = (typeof RANK_MOVEMENTS)[number];

/** A ranking computed from the data as it stands, or frozen when it was published. */
export const RANKING_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type RankingStatus = (typeof RANKING_STATUSES)[number];
