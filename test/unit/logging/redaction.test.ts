import { Writable } from 'node:stream';
import { createLogging } from '../../../src/logging/logger';
import { loggablePath, redactText } from '../../../src/logging/redact';

function capture(json: boolean) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logging: createLogging({ level: 'debug', json, stream }) };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('personal data never reaches the logs', () => {
  it.each([
    ['+46701234567'],
    ['+46 70 123 45 67'],
    ['0046701234567'],
    ['070-123 45 67'],
    ['0701234567'],
    ['08-123 456 78'],
    ['(08) 123 45 67'],
    ['+44 20 7946 0958'],
    ['karin.andersson@example.se'],
    ['åsa.öberg+synpunkt@kommun.se'],
    ['19121212-1212'],
    ['191212121212'],
    ['121212-1212'],
    ['121212+1212'],
    ['1212121212'],
    ['20001231 1234'],
    ['a@b.se'],
    ['012-34 56'],
  ])('removes %s from a message', (secret) => {
    expect(redactText(`ringer från ${secret}, tack`)).toBe('ringer från [redacted], tack');
  });

  it.each([['2026-00042'], ['2026-11-25T11:39:40.000Z'], ['CA0123456789abcdef0123456789abcdef'], ['took 12.5 ms'], ['status 503']])(
    'keeps %s, which is not personal data',
    (text) => {
      expect(redactText(`ärende ${text}`)).toBe(`ärende ${text}`);
    },
  );

  it.each([true, false])('redacts messages and fields of real log lines (json: %s), deeply', async (json) => {
    const { lines, logging } = capture(json);
    logging.logger.info('callback for 070-123 45 67 on 19121212-1212', {
      From: '+46701234567',
      caller: { name: 'Karin Andersson', note: 'mail karin@example.se' },
      list: ['0701234567', 'ok'],
      error: new Error('could not reach +46701234567'),
    });
    await flush();
    const out = lines.join('\n');
    for (const secret of ['123 45 67', '1212-1212', '+46701234567', '0701234567', 'Karin', 'karin@example.se']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
    expect(out).toContain('ok');
  });

  it('puts the request id on every line written inside a request', async () => {
    const { lines, logging } = capture(true);
    logging.withRequestId('req-42', () => {
      logging.logger.info('first');
      logging.logger.warn('second', { step: 'menu' });
    });
    logging.logger.info('outside');
    await flush();
    const parsed = lines.map((l) => JSON.parse(l) as { message: string; requestId?: string });
    expect(parsed.map((p) => [p.message, p.requestId])).toEqual([
      ['first', 'req-42'],
      ['second', 'req-42'],
      ['outside', undefined],
    ]);
  });
});

describe('paths as the log shows them', () => {
  it.each([
    ['/agent/cases/%2B46709876543', '/agent/cases/[redacted]'],
    ['/agent/cases/%2b46%2070%20987%2065%2043', '/agent/cases/[redacted]'],
    ['/agent/cases/%252B46709876543', '/agent/cases/[redacted]'], // encoded twice
    ['/agent/accounts/anna%40example.se/disable', '/agent/accounts/[redacted]/disable'],
    ['/agent/cases/%C3%A5sa.%C3%B6berg%40kommun.se', '/agent/cases/[redacted]'],
    ['/agent/cases/19650312%2D4417', '/agent/cases/[redacted]'],
    ['/agent/cases/196503124417', '/agent/cases/[redacted]'],
    ['/agent/cases/0701234567?x=1', '/agent/cases/[redacted]'],
  ])('decodes %s before redacting it', (raw, logged) => {
    expect(loggablePath(raw)).toBe(logged);
  });

  it.each([
    ['/voice/answer?step=what&turn=3', '/voice/answer'],
    ['/chat?phone=0701234567&email=anna@example.se', '/chat'],
    ['/agent/cases/2026-00042', '/agent/cases/2026-00042'],
    ['/agent/cases/2026-100000', '/agent/cases/2026-100000'],
    ['/agent/calls/CA0123456789abcdef0123456789abcdef', '/agent/calls/CA0123456789abcdef0123456789abcdef'],
    ['/v3/directline/conversations/dl-JeuJeTc2RCDYhDrsz41Ryg/activities', '/v3/directline/conversations/dl-JeuJeTc2RCDYhDrsz41Ryg/activities'],
  ])('keeps the path of %s, without its query', (raw, logged) => {
    expect(loggablePath(raw)).toBe(logged);
  });

  it.each([['/agent/cases/%'], ['/agent/cases/%E0%A4%A'], ['/agent/cases/%ZZ'], ['/agent/cases/%ED%A0%BD'], ['/agent/cases/%FF%FE%00'], ['%%%2']])(
    'never throws on the malformed %s',
    (raw) => {
      expect(() => loggablePath(raw)).not.toThrow();
      expect(loggablePath(raw).startsWith(raw.slice(0, raw.indexOf('%')))).toBe(true);
    },
  );
});
