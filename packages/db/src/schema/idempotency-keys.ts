import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Writes already done, by the key their client sent (`Idempotency-Key`): the key is claimed in the
 * write's own transaction, so a retried request finds either nothing (the first never committed)
 * or the first answer (it did) — never a second write.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actor: text('actor').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the request body: the same key with another body is a client's mistake. */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: text('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actor, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
    check('idempotency_keys_key_length', sql`length(${t.key}) BETWEEN 1 AND 200`),
  ],
);
