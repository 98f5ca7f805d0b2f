import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { accountRole } from './enums';
import { zones } from './zones';

/**
 * People who sign in. A zone reporter belongs to exactly one zone and nobody else has one. The
 * password is kept only as a scrypt hash (`scrypt$N$r$p$salt$hash`); demo accounts are marked so
 * every screen can say so.
 */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: accountRole('role').notNull(),
    zoneCode: text('zone_code').references(() => zones.code),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_zone_only_for_reporters', sql`(${t.role} = 'zone_reporter') = (${t.zoneCode} IS NOT NULL)`),
    check('users_username_shape', sql`${t.username} ~ '^[a-z0-9][a-z0-9._-]{1,63}$'`),
  ],
);

/**
 * A signed-in browser or script: the token is handed out once and kept only as its SHA-256 digest
 * (hex). A session ends at `expiresAt`, at logout, or when an admin revokes it.
 */
export const sessions = pgTable(
  'sessions',
  {
    digest: text('digest').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A personal access token for scripts: shown once at creation, kept as its digest, revocable. */
export const accessTokens = pgTable(
  'access_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    digest: text('digest').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('access_tokens_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins counted per key (`user:<name>` or `address:<ip>`): after a few, the next attempt
 * must wait a delay that doubles with each further failure.
 */
export const loginFailures = pgTable('login_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
