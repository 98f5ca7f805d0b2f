import { type Actor, ANONYMOUS, AtlasError, ROLES, type Role } from '@atlas/core';

/** Tokens by value, parsed once from ATLAS_API_TOKENS (`role:token,role:token`). */
export function parseTokens(spec: string): Map<string, Role> {
  const tokens = new Map<string, Role>();
  for (const pair of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [role, token] = pair.split(':', 2) as [string, string | undefined];
    if (!ROLES.includes(role as Role) || !token) {
      throw new Error(`ATLAS_API_TOKENS: "${role}:…" is not role:token with a role of ${ROLES.join(', ')}`);
    }
    tokens.set(token, role as Role);
  }
  return tokens;
}

/**
 * Who sent a request: no Authorization header is the anonymous viewer; a known bearer token is its
 * role; anything else is refused, so a mistyped token never silently degrades to read-only.
 */
export function actorFor(authorization: string | undefined, tokens: Map<string, Role>): Actor {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const role = match ? tokens.get(match[1] as string) : undefined;
  if (!role) throw new AtlasError('UNAUTHENTICATED', '令牌无效 / The bearer token is not valid');
  // The audit log names a token by its role and its last four characters, never the whole secret.
  return { name: `${role}-…${(match?.[1] ?? '').slice(-4)}`, role, authenticated: true };
}
