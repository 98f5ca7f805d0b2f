import { AtlasError } from './errors';

/**
 * Everyone reads. A planner writes the plan's layers and progress reports; an inspector records
 * inspection scores; an admin may do everything, including publishing rankings and changing the
 * scoring criteria. Roles are not a ladder: an inspector is not a planner, nor a planner an inspector.
 */
export const ROLES = ['viewer', 'planner', 'inspector', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: recorded by name in the audit log with every change. */
export interface Actor {
  /** A configured name, never any part of a credential: it is public in provenance and publications. */
  readonly name: string;
  readonly role: Role;
  /** False for the anonymous viewer: no token was sent. */
  readonly authenticated: boolean;
}

export const ANONYMOUS: Actor = { name: 'anonymous', role: 'viewer', authenticated: false };

/** What a caller may do beyond reading, which is open to everyone. */
export const ACTIONS = [
  'writeLayers',
  'recordProgress',
  'recordInspectionScores',
  'publishRanking',
  'changeCriteria',
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
  recordProgress: ['planner', 'admin'],
  recordInspectionScores: ['inspector', 'admin'],
  publishRanking: ['admin'],
  changeCriteria: ['admin'],
};

/** What each action is called in a refusal, in Chinese and English. */
const ACTION_NAMES: Record<Action, { zh: string; en: string }> = {
  writeLayers: { zh: '编辑图层', en: 'editing the layers' },
  recordProgress: { zh: '填报进度', en: 'recording progress' },
  recordInspectionScores: { zh: '录入观摩评分', en: 'recording inspection scores' },
  publishRanking: { zh: '发布排名', en: 'publishing a ranking' },
  changeCriteria: { zh: '修改评分办法', en: 'changing the scoring criteria' },
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
 * Throws unless the actor holds `role` or is an admin (everyone holds `viewer`). Prefer
 * `requirePermission`, which names what is done; this stays for checks phrased by role, and
 * `requireRole(actor, 'planner')` admits planners and admins as it always has, but not inspectors.
 */
export function requireRole(actor: Actor, role: Role): void {
  if (role === 'viewer' || actor.role === role || actor.role === 'admin') return;
  refuse(actor, '操作', 'this', role === 'admin' ? ['admin'] : [role, 'admin']);
}
