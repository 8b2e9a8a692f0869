import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** A code is six digits, lasts ten minutes, and three wrong tries end the attempt. */
export const CODE_POLICY = { digits: 6, minutes: 10, wrongTriesAllowed: 3 } as const;

/** A fresh code, every one of the million equally likely. */
export function newCode(random: (max: number) => number = (max) => randomInt(max)): string {
  return String(random(10 ** CODE_POLICY.digits)).padStart(CODE_POLICY.digits, '0');
}

/** The digits a person keyed or typed ("123 456", "123-456"); null when it cannot be a code. */
export function keyedCode(input: string): string | null {
  const digits = input.replace(/[\s\-#]/g, '');
  return new RegExp(`^\\d{${CODE_POLICY.digits}}$`).test(digits) ? digits : null;
}

/** Stored instead of the code: keyed with the service's secret and bound to who asked and about which case. */
export function hashCode(secret: string, requester: string, caseId: number, code: string): string {
  return createHmac('sha256', secret).update(`status-code:${requester}:${caseId}:${code}`).digest('hex');
}

export function codeExpiry(now: Date): Date {
  return new Date(now.getTime() + CODE_POLICY.minutes * 60_000);
}

export interface StoredCode {
  codeHash: string;
  expiresAt: Date;
  wrongTries: number;
  verifiedAt: Date | null;
}

/** right; wrong (tries left); ended (no tries left); expired. */
export type CodeVerdict = { result: 'right' } | { result: 'wrong'; triesLeft: number } | { result: 'ended' } | { result: 'expired' };

/** Judges a keyed code against the stored one; a code already used right counts as ended for a second use. */
export function judgeCode(stored: StoredCode, keyedHash: string, now: Date): CodeVerdict {
  if (stored.verifiedAt !== null || stored.wrongTries >= CODE_POLICY.wrongTriesAllowed) return { result: 'ended' };
  if (now.getTime() >= stored.expiresAt.getTime()) return { result: 'expired' };
  const same = stored.codeHash.length === keyedHash.length && timingSafeEqual(Buffer.from(stored.codeHash), Buffer.from(keyedHash));
  if (same) return { result: 'right' };
  const triesLeft = CODE_POLICY.wrongTriesAllowed - stored.wrongTries - 1;
  return triesLeft > 0 ? { result: 'wrong', triesLeft } : { result: 'ended' };
}
