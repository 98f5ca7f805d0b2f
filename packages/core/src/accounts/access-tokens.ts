import { bumpDataVersion, schema } from '@atlas/db';
import { and, desc, eq } from 'drizzle-orm';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AtlasError } from '../errors';
import { checkedText } from '../text-checks';
import { ACCESS_TOKEN_PREFIX, newToken, tokenDigest } from './credential-tokens';

const { accessTokens } = schema;

/** A token as listed: never its digest. */
export type AccessTokenRow = Omit<typeof accessTokens.$inferSelect, 'digest'>;

const LISTED = {
  id: accessTokens.id,
  userId: accessTokens.userId,
  name: accessTokens.name,
  createdAt: accessTokens.createdAt,
  lastUsedAt: accessTokens.lastUsedAt,
  revokedAt: accessTokens.revokedAt,
};

/** The signed-in user's id, or a refusal: service tokens and anonymous callers hold no access tokens. */
function signedInUser(ctx: CoreContext): number {
  if (ctx.actor.userId !== undefined) return ctx.actor.userId;
  if (!ctx.actor.authenticated)
    throw new AtlasError('UNAUTHENTICATED', '请先登录 / Sign in to manage your access tokens');
  throw new AtlasError(
    'FORBIDDEN',
    '只有登录的用户才有个人访问令牌,服务令牌没有 / Only a signed-in user has personal access tokens; a service token has none',
  );
}

/**
 * Creates a personal access token for the signed-in user, for scripts: the token is returned this
 * once and kept only as its digest. Audited under the user, without the token.
 *
 * @example
 * const { token } = await createAccessToken(ctx, '月报导入脚本'); // 'atp_…', shown once
 */
export async function createAccessToken(
  ctx: CoreContext,
  name: string,
): Promise<{ token: string; accessToken: AccessTokenRow }> {
  const userId = signedInUser(ctx);
  const label = checkedText(name, 'name', 'name');
  const token = newToken(ACCESS_TOKEN_PREFIX);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accessTokens)
      .values({ userId, name: label, digest: tokenDigest(token) })
      .returning(LISTED);
    if (!row) throw new Error('insert returned no token');
    await writeAudit(tx, ctx.actor, {
      action: 'CREATE_ACCESS_TOKEN',
      entity: 'user',
      entityId: String(userId),
      before: null,
      after: { accessTokenId: row.id, name: row.name },
    });
    await bumpDataVersion(tx);
    return { token, accessToken: row };
  });
}

/** Revokes one of the signed-in user's own tokens; another user's token is NOT_FOUND, as if absent. */
export async function revokeAccessToken(ctx: CoreContext, id: number): Promise<AccessTokenRow> {
  const userId = signedInUser(ctx);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select(LISTED)
      .from(accessTokens)
      .where(and(eq(accessTokens.id, id), eq(accessTokens.userId, userId)))
      .for('update');
    if (!before)
      throw new AtlasError('NOT_FOUND', `找不到访问令牌 ${id} / No access token ${id} of yours`, { id });
    if (before.revokedAt) return before;
    const [after] = await tx
      .update(accessTokens)
      .set({ revokedAt: new Date() })
      .where(eq(accessTokens.id, id))
      .returning(LISTED);
    await writeAudit(tx, ctx.actor, {
      action: 'REVOKE_ACCESS_TOKEN',
      entity: 'user',
      entityId: String(userId),
      before: { accessTokenId: id, name: before.name, revokedAt: null },
      after: { accessTokenId: id, name: before.name, revokedAt: after?.revokedAt },
    });
    await bumpDataVersion(tx);
    return after as AccessTokenRow;
  });
}

/** The signed-in user's tokens, newest first, revoked ones included (so a script's owner sees why it stopped). */
export async function listMyAccessTokens(ctx: CoreContext): Promise<AccessTokenRow[]> {
  const userId = signedInUser(ctx);
  return ctx.db
    .select(LISTED)
    .from(accessTokens)
    .where(eq(accessTokens.userId, userId))
    .orderBy(desc(accessTokens.createdAt), desc(accessTokens.id));
}
