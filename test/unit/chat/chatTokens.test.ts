import { createTokenSigner, newConversationId } from '../../../src/channels/chat/chatTokens';

const SECRET = 'unit-test-secret-that-is-long-enough-1234';

describe('chat tokens', () => {
  it('are bound to their conversation and checked without storing anything', () => {
    const signer = createTokenSigner(SECRET, 1800);
    const conversationId = newConversationId();
    expect(conversationId).toMatch(/^dl-[A-Za-z0-9_-]{22}$/);
    const issued = signer.issue(conversationId, 'dl_user');
    expect(signer.check(issued.token)).toEqual({ ok: true, claims: { conversationId, userId: 'dl_user', expiresAt: expect.any(Number) } });
  });

  it('refuse a changed payload, another secret, garbage, and an expired token', () => {
    let now = new Date('2026-11-25T09:00:00Z');
    const signer = createTokenSigner(SECRET, 60, () => now);
    const { token } = signer.issue('dl-aaaaaaaaaaaaaaaaaaaaaa', 'u');
    const [v, payload, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ c: 'dl-bbbbbbbbbbbbbbbbbbbbbb', u: 'u', e: 9e9 })).toString('base64url');
    expect(signer.check(`${v}.${otherPayload}.${signature}`)).toEqual({ ok: false, reason: 'badSignature' });
    expect(createTokenSigner('another-secret-that-is-long-enough-56789', 60, () => now).check(token)).toEqual({ ok: false, reason: 'badSignature' });
    expect(signer.check('not-a-token')).toEqual({ ok: false, reason: 'malformed' });
    expect(signer.check(`${v}.${payload}.${signature}.x`)).toEqual({ ok: false, reason: 'malformed' });
    now = new Date('2026-11-25T09:01:00Z');
    expect(signer.check(token)).toEqual({ ok: false, reason: 'expired' });
  });
});
