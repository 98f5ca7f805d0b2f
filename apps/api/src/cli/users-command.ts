import { parseArgs } from 'node:util';
import {
  type CoreContext,
  checkedNewUser,
  checkedPassword,
  createUser,
  listUsers,
  resetUserPassword,
  SYSTEM_ACTOR,
  setUserDisabled,
} from '@atlas/core';
import { ACCOUNT_ROLES, type AccountRole } from '@atlas/data';
import type { AtlasDb } from '@atlas/db';
import { readPassword } from './read-password';

export const USERS_USAGE = `pnpm atlas users add <username> --role <${ACCOUNT_ROLES.map((r) => r.toUpperCase()).join('|')}> [--zone <code>] [--display-name <name>]
      (the password is read from standard input: one line, at least 10 characters)
pnpm atlas users list
pnpm atlas users disable <username>      (ends its sessions and revokes its access tokens)
pnpm atlas users enable <username>
pnpm atlas users reset-password <username>   (new password from standard input; ends its sessions)`;

/** A usage mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

function roleOf(text: string | undefined): AccountRole {
  const role = text?.toLowerCase().replace(/-/g, '_');
  if (!role || !ACCOUNT_ROLES.includes(role as AccountRole))
    throw new UsageError(`--role must be one of ${ACCOUNT_ROLES.map((r) => r.toUpperCase()).join(', ')}`);
  return role as AccountRole;
}

/** What a command does once the database is open: everything it can check without one is checked. */
export type UsersJob = (db: AtlasDb) => Promise<void>;

async function add(args: string[]): Promise<UsersJob> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, zone: { type: 'string' }, 'display-name': { type: 'string' } },
  });
  const [username] = positionals;
  if (!username || positionals.length > 1) throw new UsageError('users add takes one username');
  const role = roleOf(values.role);
  const password = await readPassword(`Password for ${username}: `);
  const input = checkedNewUser({
    username,
    displayName: values['display-name'] ?? username,
    role,
    zoneCode: values.zone ?? null,
    password,
  });
  return async (db) => {
    const user = await createUser(asCommandLine(db), input);
    console.log(
      `user ${user.username} added (${user.role}${user.zoneCode ? `, zone ${user.zoneCode}` : ''})`,
    );
  };
}

async function list(ctx: CoreContext): Promise<void> {
  const users = await listUsers(ctx);
  if (users.length === 0)
    return void console.log('no users yet: pnpm atlas users add <username> --role ADMIN');
  console.table(
    users.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      zone: u.zoneCode ?? '',
      disabled: u.disabled,
      demo: u.demo,
      created: u.createdAt.toISOString().slice(0, 16).replace('T', ' '),
    })),
  );
}

function onlyUsername(args: string[], command: string): string {
  const [username, ...rest] = args;
  if (!username || rest.length > 0) throw new UsageError(`users ${command} takes one username`);
  return username;
}

const asCommandLine = (db: AtlasDb): CoreContext => ({ db, actor: SYSTEM_ACTOR });

/**
 * `pnpm atlas users …`: accounts from the command line, recorded in the audit log as the command
 * line (SYSTEM_ACTOR). Passwords only ever come from standard input, never from arguments, which
 * other users of the machine can read in the process list. The arguments and the password are read
 * and checked first, so a mistake is named at once rather than after the database has opened (on the
 * embedded one, seconds).
 */
export async function usersCommand(args: string[]): Promise<UsersJob> {
  const [command, ...rest] = args;
  switch (command) {
    case 'add':
      return add(rest);
    case 'list':
      return (db) => list(asCommandLine(db));
    case 'disable':
    case 'enable': {
      const username = onlyUsername(rest, command);
      return async (db) => {
        const user = await setUserDisabled(asCommandLine(db), username, command === 'disable');
        console.log(`user ${user.username} ${command}d`);
      };
    }
    case 'reset-password': {
      const username = onlyUsername(rest, command);
      const password = checkedPassword(await readPassword(`New password for ${username}: `));
      return async (db) => {
        await resetUserPassword(asCommandLine(db), username, password);
        console.log(`password of ${username} reset; its sessions are ended`);
      };
    }
    default:
      throw new UsageError(command ? `unknown command users ${command}` : 'users needs a command');
  }
}
