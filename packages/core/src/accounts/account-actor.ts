import type { AccountRole } from '@atlas/data';
import type { Actor } from '../actor';

/** The parts of a user an actor is made from. */
export interface AccountOfActor {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly zoneCode: string | null;
}

/**
 * Who a signed-in user acts as: recorded in the audit log by display name with the username in
 * parentheses, so two people with one name stay apart and no part of a credential is ever kept.
 *
 * @example
 * actorOfUser({ id: 3, username: 'taikang-reporter', displayName: '张伟', role: 'zone_reporter', zoneCode: 'taikang' });
 * // { name: '张伟 (taikang-reporter)', role: 'zone_reporter', zoneCode: 'taikang', userId: 3, authenticated: true }
 */
export function actorOfUser(user: AccountOfActor): Actor {
  const name = user.displayName === user.username ? user.username : `${user.displayName} (${user.username})`;
  return { name, role: user.role, zoneCode: user.zoneCode, userId: user.id, authenticated: true };
}
