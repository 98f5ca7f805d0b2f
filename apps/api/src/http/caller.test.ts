import type { SignedIn } from '@atlas/core';
import { describe, expect, it } from 'vitest';
import { REMEMBER_SIGN_IN_MS, RememberedSignIns } from './caller';

const signedIn = (expiresAt: Date | null): SignedIn => ({
  actor: { name: 'planner', role: 'planner', authenticated: true, userId: 1 },
  kind: expiresAt ? 'session' : 'access-token',
  digest: 'd',
  expiresAt,
});

describe('remembered sign-ins (embedded database only)', () => {
  it('are believed a few seconds, never past the session’s own expiry', () => {
    const memo = new RememberedSignIns();
    const now = 1_000_000;
    memo.remember('ats_a', signedIn(new Date(now + 60_000)), now);
    memo.remember('ats_b', signedIn(new Date(now + 1_000)), now);
    memo.remember('atp_c', signedIn(null), now);
    expect(memo.get('ats_a', now + REMEMBER_SIGN_IN_MS - 1)).not.toBeNull();
    expect(memo.get('ats_a', now + REMEMBER_SIGN_IN_MS)).toBeNull();
    expect(memo.get('ats_b', now + 999)).not.toBeNull();
    expect(memo.get('ats_b', now + 1_000)).toBeNull();
    expect(memo.get('atp_c', now + 1)).not.toBeNull();
  });

  it('are all forgotten after a write', () => {
    const memo = new RememberedSignIns();
    memo.remember('ats_a', signedIn(new Date(Date.now() + 60_000)));
    memo.forget();
    expect(memo.get('ats_a')).toBeNull();
  });
});
