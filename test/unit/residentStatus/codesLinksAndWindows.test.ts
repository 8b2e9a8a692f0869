import { CODE_POLICY, codeExpiry, hashCode, judgeCode, keyedCode, newCode, type StoredCode } from '../../../src/residentStatus/oneTimeCodes';
import { notSatisfiedLinks, signLinkToken, verifyLinkToken } from '../../../src/residentStatus/linkSigning';
import { guesserKey, windowStart, type GuessPolicy } from '../../../src/residentStatus/guessThrottle';
import { keyedReference } from '../../../src/channels/voice/caseStatusRouter';

const SECRET = 'a-test-secret-for-links-and-codes-0123456789';
const NOW = new Date('2026-11-25T09:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('one-time codes', () => {
  it.each([
    [0, '000000'],
    [42, '000042'],
    [999_999, '999999'],
  ])('makes six digits from %i', (drawn, code) => {
    expect(newCode(() => drawn)).toBe(code);
  });

  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456#', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12a456', null],
    ['', null],
  ])('reads %j as the code %j', (input, code) => {
    expect(keyedCode(input)).toBe(code);
  });

  it('hashes a code bound to who asked and which case, never as the code itself', () => {
    const hash = hashCode(SECRET, 'CAabc', 7, '123456');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('123456');
    expect(hashCode(SECRET, 'CAother', 7, '123456')).not.toBe(hash);
    expect(hashCode(SECRET, 'CAabc', 8, '123456')).not.toBe(hash);
    expect(hashCode('another-secret-of-enough-length-0123456789', 'CAabc', 7, '123456')).not.toBe(hash);
  });

  const stored = (over: Partial<StoredCode> = {}): StoredCode => ({
    codeHash: hashCode(SECRET, 'CAabc', 7, '123456'),
    expiresAt: codeExpiry(NOW),
    wrongTries: 0,
    verifiedAt: null,
    ...over,
  });
  const keyed = (code: string) => hashCode(SECRET, 'CAabc', 7, code);

  it.each([
    ['the right code in time', stored(), '123456', minutes(9), { result: 'right' }],
    ['the right code at its expiry', stored(), '123456', minutes(CODE_POLICY.minutes), { result: 'expired' }],
    ['a first wrong code', stored(), '654321', minutes(1), { result: 'wrong', triesLeft: 2 }],
    ['a second wrong code', stored({ wrongTries: 1 }), '654321', minutes(1), { result: 'wrong', triesLeft: 1 }],
    ['a third wrong code', stored({ wrongTries: 2 }), '654321', minutes(1), { result: 'ended' }],
    ['the right code after three wrong', stored({ wrongTries: 3 }), '123456', minutes(1), { result: 'ended' }],
    ['the right code used a second time', stored({ verifiedAt: minutes(1) }), '123456', minutes(2), { result: 'ended' }],
  ])('judges %s', (_what, code, given, at, verdict) => {
    expect(judgeCode(code, keyed(given), at)).toEqual(verdict);
  });
});

describe('not-satisfied links', () => {
  const expires = new Date('2027-01-24T09:00:00Z');
  const token = signLinkToken(SECRET, '2026-00042', expires);

  it('verifies its own token until it expires', () => {
    expect(verifyLinkToken(SECRET, token, NOW)).toEqual({ ok: true, reference: '2026-00042', expiresAt: expires });
    expect(verifyLinkToken(SECRET, token, new Date(expires.getTime() - 1000)).ok).toBe(true);
    expect(verifyLinkToken(SECRET, token, expires)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['another case number', token.replace('2026-00042', '2026-00043')],
    ['a later expiry', token.replace(/\.(\d+)\./, (_m, s: string) => `.${Number(s) + 86_400}.`)],
    ['another secret', signLinkToken('another-secret-of-enough-length-0123456789', '2026-00042', expires)],
    ['a cut signature', token.slice(0, -1)],
    ['nothing', ''],
    ['garbage', 'not.a.token'],
  ])('refuses a token with %s as forged', (_what, forged) => {
    expect(verifyLinkToken(SECRET, forged, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('makes the link with the configured days from the clock, or none without a secret', () => {
    const link = notSatisfiedLinks({ secret: SECRET, publicBaseUrl: 'https://synpunkt.kommun.test', days: 60, clock: () => NOW })('2026-00042');
    expect(link).toMatch(/^https:\/\/synpunkt\.kommun\.test\/svar\/inte-nojd\?t=2026-00042\.\d+\.[A-Za-z0-9_-]{43}$/);
    const t = decodeURIComponent(new URL(link!).searchParams.get('t')!);
    const check = verifyLinkToken(SECRET, t, NOW);
    expect(check.ok && check.expiresAt.toISOString()).toBe('2027-01-24T09:00:00.000Z');
    expect(notSatisfiedLinks({ secret: null, publicBaseUrl: 'https://x.se', days: 60, clock: () => NOW })('2026-00042')).toBeNull();
  });
});

describe('the throttle on guessing case numbers', () => {
  const hourly: GuessPolicy = { windowMinutes: 60, lookupsPerWindow: 10 };
  it.each([
    ['2026-11-25T09:00:00Z', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T09:59:59Z', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T10:00:00Z', '2026-11-25T10:00:00.000Z'],
  ])('counts %s in the window from %s', (at, start) => {
    expect(windowStart(new Date(at), hourly).toISOString()).toBe(start);
  });

  it('keys a guesser by a keyed hash, never the number or address itself', () => {
    const key = guesserKey(SECRET, 'phone', '+46701234567');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('701234567');
    expect(guesserKey(SECRET, 'address', '+46701234567')).not.toBe(key);
  });
});

describe('a case number keyed on the phone', () => {
  it.each([
    ['202600042', '2026-00042'],
    ['202642', '2026-42'],
    ['2026', null],
    ['', null],
  ])('reads %j as %j', (digits, reference) => {
    expect(keyedReference(digits)).toBe(reference);
  });
});
