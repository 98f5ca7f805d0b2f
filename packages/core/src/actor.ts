import { AtlasError } from './errors';

/** viewer reads; planner also writes the plan's layers; admin also manages what planners cannot. */
export const ROLES = ['viewer', 'planner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: recorded in the audit log with every change. */
export interface Actor {
  readonly name: string;
  readonly role: Role;
  /** False for the anonymous viewer: no token was sent. */
  readonly authenticated: boolean;
}

export const ANONYMOUS: Actor = { name: 'anonymous', role: 'viewer', authenticated: false };

const RANK: Record<Role, number> = { viewer: 0, planner: 1, admin: 2 };

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for one whose role is too low. */
export function requireRole(actor: Actor, role: Role): void {
  if (RANK[actor.role] >= RANK[role]) return;
  if (!actor.authenticated) {
    throw new AtlasError(
      'UNAUTHENTICATED',
      `请先登录(需要${role}角色) / Sign in: this needs the ${role} role`,
    );
  }
  throw new AtlasError('FORBIDDEN', `无权操作(需要${role}角色) / Forbidden: this needs the ${role} role`);
}
