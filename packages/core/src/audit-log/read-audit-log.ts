import { schema } from '@atlas/db';
import { and, count, desc, eq, lt } from 'drizzle-orm';
import { requirePermission } from '../actor';
import type { CoreContext } from '../context';
import { badInput } from '../errors';
import { checkedText } from '../text-checks';

const { auditLog } = schema;

/** The most entries a page may hold. */
export const MAX_AUDIT_PAGE = 100;

/** One field a change touched: its value before and after. */
export interface AuditChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly changes: AuditChange[];
}

export interface AuditPage {
  readonly nodes: AuditEntry[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  readonly totalCount: number;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The fields that differ between a record before and after a change, in the record's own order
 * (the fields of `before`, then any that only `after` has). Values are compared as JSON, so a
 * geometry or a date that did not move is not listed.
 *
 * @example
 * changedFields({ name: 'a', version: 1 }, { name: 'b', version: 2 });
 * // [{ field: 'name', before: 'a', after: 'b' }, { field: 'version', before: 1, after: 2 }]
 */
export function changedFields(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

// Cursors are opaque to clients; inside they are the id of the page's last entry (ids descend).
const cursorOf = (id: number) => Buffer.from(`audit:${id}`).toString('base64url');
function idOfCursor(cursor: string): number {
  const match = /^audit:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('无效的分页游标 / after is not a cursor this API gave out', { field: 'after' });
  return Number(match[1]);
}

/**
 * A record's history, newest first (who, when, what changed, before → after), a page at a time.
 * Planners and admins only: before and after may hold what a viewer should not read.
 *
 * @example
 * await readAuditLog(ctx, { entity: 'project', id: 'P-001', first: 20 });
 */
export async function readAuditLog(
  ctx: CoreContext,
  request: { entity: string; id: string; first?: number | null; after?: string | null },
): Promise<AuditPage> {
  requirePermission(ctx.actor, 'readAuditLog');
  const entity = checkedText(request.entity, 'entity', 'code');
  const entityId = checkedText(request.id, 'id', 'code');
  const first = request.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE)
    throw badInput(
      `每页 1–${MAX_AUDIT_PAGE} 条 / first must be between 1 and ${MAX_AUDIT_PAGE}, got ${first}`,
      {
        field: 'first',
      },
    );
  const ofRecord = and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId));
  const where = request.after ? and(ofRecord, lt(auditLog.id, idOfCursor(request.after))) : ofRecord;
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(first + 1);
  const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(ofRecord);
  const page = rows.slice(0, first);
  const [head, last] = [page[0], page.at(-1)];
  return {
    nodes: page.map((row) => ({ ...row, changes: changedFields(row.before, row.after) })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(request.after),
      startCursor: head ? cursorOf(head.id) : null,
      endCursor: last ? cursorOf(last.id) : null,
    },
    totalCount: total?.n ?? 0,
  };
}
