import { describe, expect, it } from 'vitest';
import { checkedPassword, hashPassword, verifyPassword } from './password-hash';

describe('password hashes', () => {
  it('are scrypt with N=2^15, r=8, p=1 and a salt of their own', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery'),
      hashPassword('correct horse battery'),
    ]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
  });

  it('verify the password they were made from and nothing else', async () => {
    const stored = await hashPassword('周口产业集聚区2014');
    expect(await verifyPassword('周口产业集聚区2014', stored)).toBe(true);
    expect(await verifyPassword('周口产业集聚区2015', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('never match a malformed stored hash', async () => {
    for (const stored of [
      '',
      'plain-text',
      'scrypt$32768$8$1$$',
      'bcrypt$x$y$z$salt$hash',
      'scrypt$a$b$c$c2FsdA$aGFzaA',
    ])
      expect(await verifyPassword('anything at all', stored)).toBe(false);
  });

  it('refuse a password under 10 characters, or only blanks, without repeating it', () => {
    expect(() => checkedPassword('short-pw1')).toThrow(/至少 10 个字符 \/ password: at least 10 characters/);
    expect(() => checkedPassword('          ')).toThrow(/at least 10/);
    try {
      checkedPassword('secret123');
    } catch (error) {
      expect(String(error)).not.toContain('secret123');
    }
    expect(checkedPassword('long enough passphrase')).toBe('long enough passphrase');
  });
});
