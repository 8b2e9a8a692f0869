import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A not-satisfied link lasts 60 days unless configured otherwise (RESIDENT_LINK_DAYS). */
export const DEFAULT_LINK_DAYS = 60;

const PURPOSE = 'not-satisfied';

function signature(secret: string, reference: string, expires: number): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${reference}:${expires}`).digest('base64url');
}

/** A token naming the case and when it expires, signed: `2026-00042.1798761600.<hmac>`. */
export function signLinkToken(secret: string, reference: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${reference}.${expires}.${signature(secret, reference, expires)}`;
}

export type LinkCheck = { ok: true; reference: string; expiresAt: Date } | { ok: false; reason: 'forged' | 'expired' };

/** The token's case, if the signature is ours and it has not expired at `now`. */
export function verifyLinkToken(secret: string, token: string, now: Date): LinkCheck {
  const m = /^(\d{4}-\d{5,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'forged' };
  const [, reference, expiresText, given] = m as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  const expected = signature(secret, reference, expires);
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(given))) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(expires * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, reference, expiresAt };
}

/** What is stored of a used token: its hash, so a second use is recognised without keeping the token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Makes the signed link for the answer composer: null when no secret is configured. */
export function notSatisfiedLinks(options: { secret: string | null; publicBaseUrl: string; days: number; clock: () => Date }): (caseReference: string) => string | null {
  return (caseReference) => {
    if (!options.secret) return null;
    const expiresAt = new Date(options.clock().getTime() + options.days * 24 * 3600_000);
    return `${options.publicBaseUrl}${NOT_SATISFIED_ROUTE}?t=${encodeURIComponent(signLinkToken(options.secret, caseReference, expiresAt))}`;
  };
}

/** The small public page the link leads to (GET shows the choice, POST carries it out). */
export const NOT_SATISFIED_ROUTE = '/svar/inte-nojd';
