import * as crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { actorFor, parseTokens } from './auth';

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const PLANNER = 'planner-secret-1234';
const INSPECTOR = 'abc:def:ghi-0123456789';
const ADMIN = 'admin-secret-5678';

const refusalOf = (spec: string): string => {
  try {
    parseTokens(spec);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('parseTokens', () => {
  it('keeps every ":" after the role in the token', () => {
    const tokens = parseTokens(`inspector:${INSPECTOR},admin@王芳:${ADMIN}`);
    expect(actorFor(`Bearer ${INSPECTOR}`, tokens)).toEqual({
      name: 'inspector',
      role: 'inspector',
      authenticated: true,
    });
    expect(() => actorFor('Bearer abc', tokens)).toThrow(/not valid/);
    expect(() => actorFor('Bearer abc:def', tokens)).toThrow(/not valid/);
  });

  it('names a writer by the configured name, or else the role, never by any part of the token', () => {
    const tokens = parseTokens(`planner:${PLANNER}, admin@市考核办 王芳:${ADMIN}`);
    expect(actorFor(`Bearer ${PLANNER}`, tokens).name).toBe('planner');
    expect(actorFor(`Bearer ${ADMIN}`, tokens)).toEqual({
      name: '市考核办 王芳',
      role: 'admin',
      authenticated: true,
    });
  });

  it('refuses malformed entries at start, naming the entry without echoing its token', () => {
    const cases: [string, string, string][] = [
      [
        `planner:${PLANNER},bishop:${ADMIN}`,
        ADMIN,
        'entry 2: has no role of viewer, planner, inspector, admin',
      ],
      [`${ADMIN}`, ADMIN, 'entry 1: is not role:token'],
      [`${ADMIN}:planner`, ADMIN, 'entry 1: has no role'],
      ['planner:', '', 'entry 1 (planner): the token is empty'],
      [
        'admin@王芳:short-secret',
        'short-secret',
        'entry 1 (admin@王芳): the token is shorter than 16 characters',
      ],
      ['inspector:abcdefgh ijklmnopq', 'abcdefgh', 'entry 1 (inspector): the token contains whitespace'],
      [
        `planner:${PLANNER},admin:${ADMIN},inspector@李:${PLANNER}`,
        PLANNER,
        'entries 1 and 3 (inspector@李) give the same token',
      ],
      [`planner@${PLANNER}:${PLANNER}`, PLANNER, 'entry 1 (planner): the name contains a token'],
      [`admin@:${ADMIN}`, ADMIN, 'entry 1 (admin): the name after "@" is empty'],
    ];
    for (const [spec, secret, named] of cases) {
      const message = refusalOf(spec);
      expect(message).toContain(`ATLAS_API_TOKENS: ${named}`);
      if (secret) expect(message).not.toContain(secret.slice(-4));
    }
  });

  it('accepts no tokens at all, and ignores a trailing comma', () => {
    expect(parseTokens('')).toEqual([]);
    expect(parseTokens(`planner:${PLANNER},`)).toHaveLength(1);
  });
});

describe('actorFor', () => {
  const tokens = parseTokens(`planner:${PLANNER},inspector:${INSPECTOR},admin:${ADMIN}`);
  const compare = vi.mocked(crypto.timingSafeEqual);
  beforeEach(() => {
    compare.mockClear();
  });

  it('compares the presented token with every entry, whichever matches and when none does', () => {
    for (const presented of [PLANNER, INSPECTOR, ADMIN]) {
      compare.mockClear();
      expect(actorFor(`Bearer ${presented}`, tokens).authenticated).toBe(true);
      expect(compare).toHaveBeenCalledTimes(3);
    }
    compare.mockClear();
    expect(() => actorFor(`Bearer ${PLANNER.slice(0, -1)}x`, tokens)).toThrow(/not valid/);
    expect(compare).toHaveBeenCalledTimes(3);
  });

  it('compares digests of one length, so a token’s length shows in no comparison', () => {
    actorFor(`Bearer ${ADMIN}`, tokens);
    expect(() => actorFor(`Bearer ${'x'.repeat(500)}`, tokens)).toThrow(/not valid/);
    for (const [a, b] of compare.mock.calls) {
      expect([a.byteLength, b.byteLength]).toEqual([32, 32]);
    }
  });

  it('reads no header as the anonymous viewer and refuses an unknown token', () => {
    expect(actorFor(undefined, tokens)).toMatchObject({ role: 'viewer', authenticated: false });
    expect(() => actorFor('Basic dXNlcjpwYXNz', tokens)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});
