import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are kept as scrypt hashes: scrypt$N$r$p$salt$hash (base64). The parameters travel with the hash, so
 * they can be raised without locking anyone out: a hash with other parameters is redone at the next login.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's recommendation for scrypt (2^17, 8, 1): 128 MiB and some 100–300 ms per hash. */
export const SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;
const MAX_PASSWORD_LENGTH = 1024;
export const MIN_PASSWORD_LENGTH = 12;
/**
 * scrypt needs 128·N·r·p bytes: 128 MiB at the default cost, above Node's 32 MiB maxmem. Allowed up to twice the
 * default, so a stored hash with absurd parameters is refused instead of exhausting memory.
 */
const MAX_MEMORY = 2 * 128 * SCRYPT_COST.N * SCRYPT_COST.r * SCRYPT_COST.p + 1024 * 1024;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: MAX_MEMORY }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash || password.length > MAX_PASSWORD_LENGTH) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Whether a stored hash was made with these parameters; one made with others is redone at the next login. */
export function hasCost(stored: string, cost: ScryptCost): boolean {
  return stored.startsWith(`scrypt$${cost.N}$${cost.r}$${cost.p}$`);
}

/** Why a new password is refused, or null when it will do. */
export function passwordProblem(password: string): { message: string; code: string; params: { min: number } | { max: number } } | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { message: `the password must be at least ${MIN_PASSWORD_LENGTH} characters`, code: 'losenordet-for-kort', params: { min: MIN_PASSWORD_LENGTH } };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { message: `the password must be at most ${MAX_PASSWORD_LENGTH} characters`, code: 'losenordet-for-langt', params: { max: MAX_PASSWORD_LENGTH } };
  }
  return null;
}
