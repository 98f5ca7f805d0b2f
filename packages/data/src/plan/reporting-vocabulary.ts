/**
 * The words of reporting and the project ledger: accounts' roles, the monthly report's states, a
 * project's lifecycle nodes, the problem ledger's states, and time-progress flags. The database's
 * enums, core's types, the GraphQL enums and the web's labels derive from these lists.
 */

/**
 * Who an account is. A zone reporter (园区填报员) writes only its own zone's reports, projects,
 * nodes and problems; a planner (市发改委/产业集聚区办) works city-wide and accepts or returns
 * reports; an inspector records inspection scores; an admin manages users, criteria and publishing.
 */
export const ACCOUNT_ROLES = ['viewer', 'zone_reporter', 'planner', 'inspector', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** A monthly report (月报): 草稿 → 已报送 → 已采纳, or 已退回 with a reason, then 报送 again. */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A major project's lifecycle nodes in the order they are passed: 签约、备案/核准、用地、规划许可、
 * 施工许可、开工、竣工、投产 (the nodes the provincial 重大项目 platforms track).
 */
export const PROJECT_NODES = [
  'SIGNED',
  'FILED',
  'LAND',
  'PLANNING_PERMIT',
  'CONSTRUCTION_PERMIT',
  'STARTED',
  'COMPLETED',
  'IN_PRODUCTION',
] as const;
export type ProjectNode = (typeof PROJECT_NODES)[number];

/** A problem in the ledger (问题台账): raised by a zone, assigned by a planner (督办), closed with a note. */
export const PROBLEM_STATUSES = ['OPEN', 'ASSIGNED', 'CLOSED'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** The four bodies whose leaders each take projects (四大班子, 分包项目 §三(四)). */
export const LEADER_BODIES = ['PARTY_COMMITTEE', 'PEOPLES_CONGRESS', 'GOVERNMENT', 'CPPCC'] as const;
export type LeaderBody = (typeof LEADER_BODIES)[number];

/** Against time progress (时序进度): ahead or within the margin, a little behind, far behind. */
export const TIME_PROGRESS_FLAGS = ['GREEN', 'YELLOW', 'RED'] as const;
export type TimeProgressFlag = (typeof TIME_PROGRESS_FLAGS)[number];

/** The works a monthly report carries rows for, besides projects. */
export const REPORTED_WORKS_KINDS = ['ROAD_LINK', 'GRID_PROJECT', 'FACILITY', 'RELOCATION_SITE'] as const;
export type ReportedWorksKind = (typeof REPORTED_WORKS_KINDS)[number];
