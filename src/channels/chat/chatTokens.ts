import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Direct Line tokens for the website's chat: signed (HMAC-SHA256 with a server secret), expiring, and bound to
 * one conversation. Nothing is stored: any instance with the same secret can check a token.
 */
export interface ChatTokenClaims {
  conversationId: string;
  userId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export type TokenCheck =
  | { ok: true; claims: ChatTokenClaims }
  | { ok: false; reason: 'malformed' | 'badSignature' | 'expired' };

export interface IssuedToken {
  token: string;
  conversationId: string;
  /** Seconds, as Direct Line says it (expires_in). */
  expiresIn: number;
}

const VERSION = 'v1';
const payloadSchema = z.object({ c: z.string().min(1).max(200), u: z.string().min(1).max(200), e: z.number().int().positive() });

/** "dl-" and 22 url-safe characters: 16 random bytes, as chat_conversations (db/005) requires. */
export function newConversationId(): string {
  return `dl-${randomBytes(16).toString('base64url')}`;
}

export function newUserId(): string {
  return `dl_${randomBytes(9).toString('base64url')}`;
}

export function createTokenSigner(secret: string, lifetimeSeconds: number, clock: () => Date = () => new Date()) {
  const key = Buffer.from(secret, 'utf8');
  const sign = (payload: string) => createHmac('sha256', key).update(`${VERSION}.${payload}`).digest('base64url');
  const nowSeconds = () => Math.floor(clock().getTime() / 1000);

  function issue(conversationId: string, userId: string): IssuedToken {
    const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, e: nowSeconds() + lifetimeSeconds })).toString('base64url');
    return { token: `${VERSION}.${payload}.${sign(payload)}`, conversationId, expiresIn: lifetimeSeconds };
  }

  function check(token: string): TokenCheck {
    const [version, payload, signature, ...rest] = token.split('.');
    if (version !== VERSION || !payload || !signature || rest.length > 0) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'badSignature' };
    let claims: z.infer<typeof payloadSchema>;
    try {
      claims = payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (claims.e <= nowSeconds()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: { conversationId: claims.c, userId: claims.u, expiresAt: claims.e } };
  }

  return { issue, check };
}

export type TokenSigner = ReturnType<typeof createTokenSigner>;
