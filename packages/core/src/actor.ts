import { ACCOUNT_ROLES, type AccountRole } from '@atlas/data';
import { AtlasError } from './errors';

/**
 * Everyone reads (unless a deployment closes anonymous reading). A zone reporter writes its own
 * zone's monthly reports, projects, nodes and problems, and nothing of another zone; a planner
 * writes the plan's layers and accepts or returns reports; an inspector records inspection scores;
 * an admin may do everything, including users, publishing rankings and changing the scoring
 * criteria. Roles are not a ladder: an inspector is not a planner, nor a planner an inspector.
 */
export const ROLES = ACCOUNT_ROLES;
export type Role = AccountRole;

/** Who is acting: recorded by name in the audit log with every change. */
export interface Actor {
  /** A configured name, never any part of a credential: it is public in provenance and publications. */
  readonly name: string;
  readonly role: Role;
  /** False for the anonymous viewer: no token was sent. */
  readonly authenticated: boolean;
  /** A zone reporter's zone: the only zone it may write. Null or absent for every other role. */
  readonly zoneCode?: string | null;
  /** The signed-in account, when the caller is a user rather than a configured service token. */
  readonly userId?: number;
}

export const ANONYMOUS: Actor = { name: 'anonymous', role: 'viewer', authenticated: false };

/** What a caller may do beyond reading, which is open to everyone. */
export const ACTIONS = [
  'writeLayers',
  'writeProjects',
  'recordProgress',
  'writeZoneReport',
  'reviewReport',
  'writeProjectLedger',
  'raiseProblem',
  'superviseProblems',
  'recordInspectionScores',
  'publishRanking',
  'changeCriteria',
  'manageUsers',
  'readAuditLog',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Who may do what: the one place a power is granted. A planner may still read the draft ranking,
 * as everyone may, but neither scores nor publishes it.
 *
 * @example
 * PERMISSIONS.recordInspectionScores; // ['inspector', 'admin']
 */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  writeLayers: ['planner', 'admin'],
  writeProjects: ['zone_reporter', 'planner', 'admin'],
  recordProgress: ['planner', 'admin'],
  writeZoneReport: ['zone_reporter', 'planner', 'admin'],
  reviewReport: ['planner', 'admin'],
  writeProjectLedger: ['zone_reporter', 'planner', 'admin'],
  raiseProblem: ['zone_reporter', 'planner', 'admin'],
  superviseProblems: ['planner', 'admin'],
  recordInspectionScores: ['inspector', 'admin'],
  publishRanking: ['admin'],
  changeCriteria: ['admin'],
  manageUsers: ['admin'],
  readAuditLog: ['planner', 'admin'],
};

/** The actions a zone reporter holds only inside its own zone. */
export const ZONE_SCOPED_ACTIONS: readonly Action[] = [
  'writeProjects',
  'writeZoneReport',
  'writeProjectLedger',
  'raiseProblem',
];

/** What each action is called in a refusal, in Chinese and English. */
const ACTION_NAMES: Record<Action, { zh: string; en: string }> = {
  writeLayers: { zh: '编辑图层', en: 'editing the layers' },
  recordProgress: { zh: '填报进度', en: 'recording progress' },
  recordInspectionScores: { zh: '录入观摩评分', en: 'recording inspection scores' },
  publishRanking: { zh: '发布排名', en: 'publishing a ranking' },
  changeCriteria: { zh: '修改评分办法', en: 'changing the scoring criteria' },
  writeProjects: { zh: '编辑项目', en: 'editing projects' },
  writeZoneReport: { zh: '填报月报', en: 'filling in a monthly report' },
  reviewReport: { zh: '审核月报', en: 'reviewing a monthly report' },
  writeProjectLedger: { zh: '编辑项目台账', en: 'editing the project ledger' },
  raiseProblem: { zh: '提出问题', en: 'raising a problem' },
  superviseProblems: { zh: '督办问题', en: 'supervising problems' },
  manageUsers: { zh: '管理用户', en: 'managing users' },
  readAuditLog: { zh: '查看修改记录', en: 'reading the audit log' },
};

/** Whether the actor may do the action. */
export function can(actor: Actor, action: Action): boolean {
  return PERMISSIONS[action].includes(actor.role);
}

function refuse(actor: Actor, zh: string, en: string, roles: readonly Role[]): never {
  const needed = { zh: roles.join('或'), en: roles.join(' or ') };
  if (!actor.authenticated) {
    throw new AtlasError(
      'UNAUTHENTICATED',
      `请先登录(${zh}需要${needed.zh}角色) / Sign in: ${en} needs the ${needed.en} role`,
    );
  }
  throw new AtlasError(
    'FORBIDDEN',
    `无权${zh}(需要${needed.zh}角色) / Forbidden: ${en} needs the ${needed.en} role`,
  );
}

/**
 * Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for one whose role may not do the action.
 *
 * @example
 * requirePermission(ctx.actor, 'publishRanking'); // an admin passes; a planner or inspector is FORBIDDEN
 */
export function requirePermission(actor: Actor, action: Action): void {
  if (can(actor, action)) return;
  const { zh, en } = ACTION_NAMES[action];
  refuse(actor, zh, en, PERMISSIONS[action]);
}

/**
 * Like `requirePermission`, for an action on one zone's records: a zone reporter passes only for
 * its own zone, and is refused FORBIDDEN naming both zones for any other. City-wide roles pass for
 * every zone. Call it with the zone the record is in *before* the write, and again with the zone a
 * write would move it to.
 *
 * @example
 * requireZonePermission(reporterOfTaikang, 'writeZoneReport', 'shenqiu'); // FORBIDDEN
 */
export function requireZonePermission(actor: Actor, action: Action, zoneCode: string): void {
  requirePermission(actor, action);
  if (actor.role !== 'zone_reporter') return;
  if (actor.zoneCode && actor.zoneCode === zoneCode) return;
  const { zh, en } = ACTION_NAMES[action];
  throw new AtlasError(
    'FORBIDDEN',
    `无权${zh}:只能操作本园区(${actor.zoneCode ?? '无'})的记录,不能操作 ${zoneCode} / Forbidden: ${en} is allowed only in your own zone (${actor.zoneCode ?? 'none'}), not in ${zoneCode}`,
  );
}

/**
 * Throws unless the actor holds `role` or is an admin (everyone holds `viewer`). Prefer
 * `requirePermission`, which names what is done; this stays for checks phrased by role, and
 * `requireRole(actor, 'planner')` admits planners and admins as it always has, but not inspectors.
 */
export function requireRole(actor: Actor, role: Role): void {
  if (role === 'viewer' || actor.role === role || actor.role === 'admin') return;
  refuse(actor, '操作', 'this', role === 'admin' ? ['admin'] : [role, 'admin']);
}
