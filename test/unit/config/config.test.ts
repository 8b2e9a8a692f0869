import { ConfigError, loadConfig } from '../../../src/config/config';
import { customerServiceIsOpen, isOpen, openingHoursChecker, parseOpeningHours } from '../../../src/config/openingHours';

describe('configuration', () => {
  it('starts with sensible defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, databaseUrl: null, publicBaseUrl: 'http://localhost:3000' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.serviceAreas).toEqual(['aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat']);
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/synpunkt',
      PUBLIC_BASE_URL: 'https://synpunkt.kommun.se/',
      SERVICE_AREAS: 'aldreomsorg, annat',
      TWILIO_AUTH_TOKEN: 'secret',
      CHAT_TOKEN_SECRET: 'a-chat-token-secret-of-32-characters-or-more',
      DATABASE_POOL_SIZE: '30',
      SERIOUS_WORDS_SV: ' Lämnad ensam, inlåst ,, ',
      TRUST_PROXY: '10.0.0.0/8, loopback',
    });
    expect(config).toMatchObject({
      isProduction: true,
      port: 8080,
      databaseUrl: 'postgres://u@db:5432/synpunkt',
      publicBaseUrl: 'https://synpunkt.kommun.se',
      serviceAreas: ['aldreomsorg', 'annat'],
      databasePoolSize: 30,
      extraSeriousWords: { sv: ['lämnad ensam', 'inlåst'], en: [] },
      trustProxy: ['10.0.0.0/8', 'loopback'],
      twilio: { authToken: 'secret', accountSid: null, phoneNumber: null },
      chat: { tokenSecret: 'a-chat-token-secret-of-32-characters-or-more', tokenMinutes: 30 },
    });
  });

  it('never echoes a secret it refuses', () => {
    expect(() => loadConfig({ CHAT_TOKEN_SECRET: 'short-secret' })).toThrow('CHAT_TOKEN_SECRET must be at least 32 characters (a long random string)');
    expect(() => loadConfig({ CHAT_TOKEN_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
  });

  it('never echoes a database address, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: '"postgres://synpunkt:S3cretPw@db/synpunkt"' })).toThrow(/^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/$/);
  });

  it('reads a hop count for TRUST_PROXY', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (got "70000")'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV must be development, production or test (got "prod")'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, 'PUBLIC_BASE_URL must be the public http(s) address of the service'],
    [{ SERVICE_AREAS: 'aldreomsorg,skola' }, 'SERVICE_AREAS must list areas among'],
    [{ OPENING_HOURS: 'mon-fri 9-5' }, 'OPENING_HOURS has a span "mon-fri 9-5" that is not like "mon-fri 08:00-16:30"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be error, warn, info, http or debug'],
    [{ NODE_ENV: 'production' }, 'PUBLIC_BASE_URL is required in production'],
    [{ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://s.kommun.se' }, 'TWILIO_AUTH_TOKEN is required in production'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE must be a whole number from 1 to 500 (got "0")'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY must be a number of proxy hops, or addresses/CIDRs'],
    [{ TWILIO_ACCOUNT_SID: 'ACnope' }, 'TWILIO_ACCOUNT_SID must look like AC followed by 32 hex digits'],
    [{ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://x.se', TWILIO_AUTH_TOKEN: 't' }, 'CHAT_TOKEN_SECRET is required in production'],
    [{ CHAT_MESSAGES_PER_CONVERSATION: '0' }, 'CHAT_MESSAGES_PER_CONVERSATION must be a whole number from 1 to 10000'],
    // Microsoft's Direct Line client refreshes its token after 15 minutes: a token must outlive that.
    [{ CHAT_TOKEN_MINUTES: '15' }, 'CHAT_TOKEN_MINUTES must be a whole number from 20 to 1440 (got "15")'],
    [{ CHAT_UPLOAD_MAX_MB: '0' }, 'CHAT_UPLOAD_MAX_MB must be a whole number from 1 to 50'],
    [{ CHAT_POLLS_PER_CONVERSATION: '10' }, 'CHAT_POLLS_PER_CONVERSATION must be a whole number from 60 to 100000'],
  ])('stops on %j with one line that names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('opening hours', () => {
  const hours = parseOpeningHours('mon-thu 08:00-16:30; fri 08:00-15:00');
  it.each([
    ['2026-11-25T07:00:00Z', true], // Wednesday 08:00 in Stockholm (winter time, UTC+1)
    ['2026-11-25T06:59:00Z', false],
    ['2026-11-25T15:29:00Z', true],
    ['2026-11-25T15:30:00Z', false],
    ['2026-11-27T14:30:00Z', false], // Friday 15:30
    ['2026-11-28T10:00:00Z', false], // Saturday
    ['2026-06-10T06:30:00Z', true], // summer time, UTC+2: 08:30
  ])('at %s open is %s', (at, open) => {
    expect(isOpen(hours, new Date(at))).toBe(open);
  });
});

describe('opening hours checked once a minute', () => {
  const hours = parseOpeningHours('mon-thu 08:00-16:30; fri 08:00-15:00');
  it('answers as the full check does, second by second across opening and closing, and on a public holiday', () => {
    const checker = openingHoursChecker(hours);
    const spans = [
      ['2026-11-25T06:58:30Z', 150], // Wednesday, around 08:00 in Stockholm
      ['2026-11-25T15:28:30Z', 150], // around 16:30, closing
      ['2026-12-24T07:00:00Z', 60], // julafton, a Thursday: closed all day
    ] as const;
    const seen = new Set<boolean>();
    for (const [start, seconds] of spans) {
      for (let s = 0; s < seconds; s++) {
        const at = new Date(Date.parse(start) + s * 1000);
        expect([at.toISOString(), checker(at)]).toEqual([at.toISOString(), customerServiceIsOpen(hours, at)]);
        seen.add(checker(at));
      }
    }
    expect(seen).toEqual(new Set([true, false]));
  });
});
