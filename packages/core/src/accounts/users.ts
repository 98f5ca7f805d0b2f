import { ACCOUNT_ROLES, type AccountRole } from '@atlas/data';
import { type AtlasDb, bumpDataVersion, schema } from '@atlas/db';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { type Actor, requirePermission } from '../actor';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AtlasError, badInput } from '../errors';
import { checkedText } from '../text-checks';
import { requireZone, translateDbError } from '../write-checks';
import { checkedPassword, hashPassword } from './password-hash';

const { users, sessions, accessTokens } = schema;

/** A user as shown and audited: everything but the password hash. */
export type UserRow = Omit<typeof users.$inferSelect, 'passwordHash'>;

const PUBLIC_COLUMNS = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  zoneCode: users.zoneCode,
  disabled: users.disabled,
  demo: users.demo,
  createdAt: users.createdAt,
  passwordChangedAt: users.passwordChangedAt,
};

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  /** Required for a zone reporter, refused for every other role. */
  readonly zoneCode?: string | null;
  readonly password: string;
  /** Demo accounts are marked so every screen can say so. */
  readonly demo?: boolean;
}

/** The database's own rule for usernames (users_username_shape), checked first to refuse it in words. */
const USERNAME_SHAPE = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/**
 * Who acts when the command line or the start of the server writes: recorded as such in the audit
 * log, never a person's name.
 */
export const SYSTEM_ACTOR: Actor = { name: 'atlas command line', role: 'admin', authenticated: true };

export function checkedUsername(username: string): string {
  if (!USERNAME_SHAPE.test(username))
    throw badInput(
      `用户名 ${JSON.stringify(username)} 须为 2–64 位小写字母、数字或 . _ -,以字母或数字开头 / username ${JSON.stringify(username)}: 2–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`,
      { field: 'username' },
    );
  return username;
}

function checkedRoleAndZone(role: AccountRole, zoneCode: string | null | undefined): string | null {
  if (!ACCOUNT_ROLES.includes(role))
    throw badInput(`未知角色 ${role} / unknown role ${role}`, { field: 'role' });
  if (role === 'zone_reporter' && !zoneCode)
    throw badInput('园区填报员须指定园区 / a zone reporter needs a zone (zoneCode)', { field: 'zoneCode' });
  if (role !== 'zone_reporter' && zoneCode)
    throw badInput(
      `只有园区填报员属于园区,${role} 不能指定园区 / only a zone reporter has a zone; a ${role} cannot have zoneCode`,
      { field: 'zoneCode' },
    );
  return zoneCode ?? null;
}

/**
 * A new account's fields as {@link createUser} takes them, checked without the database: what the
 * command line checks before it opens one (the zone's existence and a free username are checked
 * when the account is written).
 */
export function checkedNewUser(input: NewUser): NewUser & { readonly zoneCode: string | null } {
  return {
    ...input,
    username: checkedUsername(input.username),
    displayName: checkedText(input.displayName, 'displayName', 'name'),
    zoneCode: checkedRoleAndZone(input.role, input.zoneCode),
    password: checkedPassword(input.password),
  };
}

/** The user by username, or NOT_FOUND naming it. */
async function userNamed(db: AtlasDb, username: string, lock = false): Promise<UserRow> {
  const query = db.select(PUBLIC_COLUMNS).from(users).where(eq(users.username, username));
  const [user] = lock ? await query.for('update') : await query;
  if (!user) throw new AtlasError('NOT_FOUND', `找不到用户 ${username} / No user ${username}`, { username });
  return user;
}

/**
 * Creates an account (admin, or the command line as {@link SYSTEM_ACTOR}): the password hashed with
 * scrypt, the change audited without it. Also how tests make users with known passwords.
 *
 * @example
 * await createUser({ db, actor: SYSTEM_ACTOR },
 *   { username: 'taikang-reporter', displayName: '太康填报员', role: 'zone_reporter', zoneCode: 'taikang', password: 'a long passphrase' });
 */
export async function createUser(ctx: CoreContext, input: NewUser): Promise<UserRow> {
  requirePermission(ctx.actor, 'manageUsers');
  const { username, displayName, zoneCode, password } = checkedNewUser(input);
  const passwordHash = await hashPassword(password);
  return ctx.db
    .transaction(async (tx) => {
      await requireZone(tx, zoneCode);
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
      if (taken)
        throw badInput(`用户名 ${username} 已存在 / username ${username} is taken`, { field: 'username' });
      const values = {
        username,
        displayName,
        role: input.role,
        zoneCode,
        passwordHash,
        demo: input.demo ?? false,
      };
      const [row] = await tx.insert(users).values(values).returning(PUBLIC_COLUMNS);
      if (!row) throw new Error('insert returned no user');
      await writeAudit(tx, ctx.actor, {
        action: 'CREATE',
        entity: 'user',
        entityId: String(row.id),
        before: null,
        after: row,
      });
      await bumpDataVersion(tx);
      return row;
    })
    .catch(translateDbError);
}

/** Every account, by username. Admin only. */
export async function listUsers(ctx: CoreContext): Promise<UserRow[]> {
  requirePermission(ctx.actor, 'manageUsers');
  return ctx.db.select(PUBLIC_COLUMNS).from(users).orderBy(asc(users.username));
}

/** Ends every live session of a user; the number ended. Call inside the writing transaction. */
async function endSessionsOf(db: AtlasDb, userId: number): Promise<number> {
  const now = new Date();
  const ended = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .returning({ digest: sessions.digest });
  return ended.length;
}

/** One audited change to a user, in a transaction with the data version bumped. */
async function changeUser(
  ctx: CoreContext,
  username: string,
  action: string,
  change: (tx: AtlasDb, before: UserRow) => Promise<UserRow>,
): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    const before = await userNamed(tx, username, true);
    const after = await change(tx, before);
    await writeAudit(tx, ctx.actor, { action, entity: 'user', entityId: String(before.id), before, after });
    await bumpDataVersion(tx);
    return after;
  });
}

/**
 * Disables (or enables again) an account. Disabling ends its sessions and revokes its access
 * tokens at once; an admin cannot disable their own account (nobody could then undo it).
 */
export async function setUserDisabled(
  ctx: CoreContext,
  username: string,
  disabled: boolean,
): Promise<UserRow> {
  requirePermission(ctx.actor, 'manageUsers');
  return changeUser(ctx, username, disabled ? 'DISABLE' : 'ENABLE', async (tx, before) => {
    if (disabled && before.id === ctx.actor.userId)
      throw new AtlasError('FORBIDDEN', '不能停用自己的账号 / you cannot disable your own account');
    const [after] = await tx
      .update(users)
      .set({ disabled })
      .where(eq(users.id, before.id))
      .returning(PUBLIC_COLUMNS);
    if (disabled) {
      await endSessionsOf(tx, before.id);
      await tx
        .update(accessTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(accessTokens.userId, before.id), isNull(accessTokens.revokedAt)));
    }
    return after as UserRow;
  });
}

/** Sets a new password (admin, or the command line) and ends the account's sessions. */
export async function resetUserPassword(
  ctx: CoreContext,
  username: string,
  password: string,
): Promise<UserRow> {
  requirePermission(ctx.actor, 'manageUsers');
  const passwordHash = await hashPassword(checkedPassword(password));
  return changeUser(ctx, username, 'RESET_PASSWORD', async (tx, before) => {
    const [after] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date() })
      .where(eq(users.id, before.id))
      .returning(PUBLIC_COLUMNS);
    await endSessionsOf(tx, before.id);
    return after as UserRow;
  });
}

/** Ends every live session of an account (admin); how many were ended. Audited. */
export async function revokeUserSessions(ctx: CoreContext, username: string): Promise<number> {
  requirePermission(ctx.actor, 'manageUsers');
  return ctx.db.transaction(async (tx) => {
    const user = await userNamed(tx, username, true);
    const ended = await endSessionsOf(tx, user.id);
    await writeAudit(tx, ctx.actor, {
      action: 'REVOKE_SESSIONS',
      entity: 'user',
      entityId: String(user.id),
      before: null,
      after: { sessionsEnded: ended },
    });
    return ended;
  });
}

/** A user by id, without the hash, or null. */
export async function getUser(db: AtlasDb, id: number): Promise<UserRow | null> {
  const [user] = await db.select(PUBLIC_COLUMNS).from(users).where(eq(users.id, id));
  return user ?? null;
}
