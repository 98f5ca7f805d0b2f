import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { badInput } from '../errors';

/** The shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * scrypt's cost: N = 2^15, r = 8, p = 1 (OWASP's floor for scrypt). That needs 128·N·r = 32 MiB,
 * exactly Node's default `maxmem`, which scrypt refuses at the boundary; hence the raised ceiling.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const MAX_MEMORY = 64 * 1024 * 1024;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, options: ScryptOptions, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, bytes, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * Refuses a password shorter than {@link MIN_PASSWORD_LENGTH} characters or one that is only
 * blanks. The message never repeats the password.
 */
export function checkedPassword(password: string): string {
  if ([...password].length < MIN_PASSWORD_LENGTH || !password.trim())
    throw badInput(
      `密码至少 ${MIN_PASSWORD_LENGTH} 个字符 / password: at least ${MIN_PASSWORD_LENGTH} characters`,
      { field: 'password' },
    );
  return password;
}

/**
 * A password's scrypt hash as stored: `scrypt$N$r$p$salt$hash` (salt and hash base64url). The cost
 * travels with the hash, so raising it later leaves old hashes verifiable.
 *
 * @example
 * await hashPassword('correct horse battery'); // 'scrypt$32768$8$1$…$…'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST, KEY_BYTES);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash no password matches, verified for unknown users so that they cost the same time as known ones. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoy;
};

/**
 * Whether `password` is the one `stored` was made from, compared in constant time. A malformed
 * stored hash never matches.
 *
 * @example
 * await verifyPassword('correct horse battery', await hashPassword('correct horse battery')); // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(options).every(Number.isSafeInteger) || expected.length === 0) return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), options, expected.length);
  return timingSafeEqual(key, expected);
}
