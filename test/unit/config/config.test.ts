import { ConfigError, loadConfig } from '../../../src/config/config';

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
      RESIDENT_LINK_SECRET: 'a-resident-link-secret-of-32-characters-or-more',
      RESIDENT_LINK_DAYS: '30',
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
      residentLinks: { secret: 'a-resident-link-secret-of-32-characters-or-more', days: 30 },
    });
  });

  it('never echoes a secret it refuses', () => {
    expect(() => loadConfig({ CHAT_TOKEN_SECRET: 'short-secret' })).toThrow('CHAT_TOKEN_SECRET must be at least 32 characters (a long random string)');
    expect(() => loadConfig({ CHAT_TOKEN_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
  });

  it('never echoes a database address, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: '"postgres://synpunkt:S3cretPw@db/synpunkt"' })).toThrow(/^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/$/);
  });

  it('names every missing production setting in one message, each with what to set', () => {
    const error = catchConfigError({ NODE_ENV: 'production' });
    expect(error.problems).toEqual([
      expect.stringMatching(/^PUBLIC_BASE_URL is required in production: .*set it to/),
      expect.stringMatching(/^TWILIO_AUTH_TOKEN is required in production: .*set it to/),
      expect.stringMatching(/^CHAT_TOKEN_SECRET is required in production: .*set it to/),
      expect.stringMatching(/^RESIDENT_LINK_SECRET is required in production: .*set it to/),
    ]);
    expect(error.message).toMatch(/^4 settings must be fixed:\n- PUBLIC_BASE_URL .*\n- TWILIO_AUTH_TOKEN .*\n- CHAT_TOKEN_SECRET .*\n- RESIDENT_LINK_SECRET /);
  });

  it('names invalid settings, calendar mistakes and missing secrets together, never echoing a secret or the database address', () => {
    const error = catchConfigError({
      NODE_ENV: 'production',
      PORT: 'abc',
      DATABASE_URL: 'mysql://synpunkt:S3cretPw@db/synpunkt',
      CHAT_TOKEN_SECRET: 'short-secret',
      CLOSED_DAYS: '7 maj',
      SHORT_DAYS: '2027-03-25',
      TWILIO_AUTH_TOKEN: '   ',
      PUBLIC_BASE_URL: 'https://synpunkt.kommun.se',
    });
    expect(error.problems).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "abc")',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'CHAT_TOKEN_SECRET must be at least 32 characters (a long random string)',
      expect.stringMatching(/^CLOSED_DAYS has "7 maj"/),
      expect.stringMatching(/^SHORT_DAYS has "2027-03-25"/),
      expect.stringMatching(/^TWILIO_AUTH_TOKEN is required in production/),
      expect.stringMatching(/^RESIDENT_LINK_SECRET is required in production/),
    ]);
    expect(error.message).not.toMatch(/S3cretPw|short-secret/);
  });

  it("calls Twilio's REST API in the configured region and edge, or at TWILIO_API_URL", () => {
    expect(loadConfig({}).twilio.apiBaseUrl).toBe('https://api.twilio.com');
    expect(loadConfig({ TWILIO_REGION: 'ie1', TWILIO_EDGE: 'dublin' }).twilio).toMatchObject({ region: 'ie1', edge: 'dublin', apiBaseUrl: 'https://api.dublin.ie1.twilio.com' });
    expect(loadConfig({ TWILIO_REGION: 'ie1', TWILIO_API_URL: 'http://127.0.0.1:3010/' }).twilio.apiBaseUrl).toBe('http://127.0.0.1:3010');
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
    [{ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://x.se', TWILIO_AUTH_TOKEN: 't', CHAT_TOKEN_SECRET: 'c'.repeat(32) }, 'RESIDENT_LINK_SECRET is required in production'],
    [{ RESIDENT_LINK_DAYS: '0' }, 'RESIDENT_LINK_DAYS must be a whole number from 1 to 365'],
    [{ CHAT_MESSAGES_PER_CONVERSATION: '0' }, 'CHAT_MESSAGES_PER_CONVERSATION must be a whole number from 1 to 10000'],
    // Microsoft's Direct Line client refreshes its token after 15 minutes: a token must outlive that.
    [{ CHAT_TOKEN_MINUTES: '15' }, 'CHAT_TOKEN_MINUTES must be a whole number from 20 to 1440 (got "15")'],
    [{ CHAT_UPLOAD_MAX_MB: '0' }, 'CHAT_UPLOAD_MAX_MB must be a whole number from 1 to 50'],
    [{ CHAT_POLLS_PER_CONVERSATION: '10' }, 'CHAT_POLLS_PER_CONVERSATION must be a whole number from 60 to 100000'],
    [{ TWILIO_REGION: 'ireland' }, 'TWILIO_REGION must be a Twilio region id like ie1 (Ireland), de1 or us1 (got "ireland")'],
    [{ TWILIO_EDGE: 'Dublin 1' }, 'TWILIO_EDGE must be a Twilio edge location like dublin or frankfurt'],
    [{ TWILIO_API_URL: 'ftp://127.0.0.1' }, 'TWILIO_API_URL must be an http(s) address'],
    // The account's credentials travel with every request to it.
    [{ NODE_ENV: 'production', TWILIO_API_URL: 'http://twilio.internal' }, 'TWILIO_API_URL must be https in production'],
  ])('stops on %j with one line that names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('the working calendar from OPENING_HOURS, CLOSED_DAYS and SHORT_DAYS', () => {
  it('reads closed days and short days into one calendar', () => {
    const { calendar } = loadConfig({
      OPENING_HOURS: 'mon-thu 08:00-16:30; fri 08:00-15:00',
      CLOSED_DAYS: '2027-05-07, 2027-12-23',
      SHORT_DAYS: '2027-03-25 08:00-13:00; 2027-01-05 08:00-12:00',
    });
    expect(calendar.isOpen(new Date('2027-05-07T08:00:00Z'))).toBe(false); // the klämdag, a Friday
    expect(calendar.isOpen(new Date('2027-12-23T08:00:00Z'))).toBe(false); // a local closed day
    expect(calendar.isOpen(new Date('2027-03-25T11:30:00Z'))).toBe(true); // skärtorsdagen 12:30
    expect(calendar.isOpen(new Date('2027-03-25T12:00:00Z'))).toBe(false); // skärtorsdagen 13:00
    expect(calendar.isOpen(new Date('2026-11-27T14:30:00Z'))).toBe(false); // an ordinary Friday 15:30
    expect(calendar.isOpen(new Date('2026-11-26T14:30:00Z'))).toBe(true); // an ordinary Thursday 15:30
  });

  it.each([
    [{ OPENING_HOURS: 'weekdays 8-16' }, 'OPENING_HOURS has a span "weekdays 8-16" that is not like "mon-fri 08:00-16:30" (got "weekdays 8-16")'],
    [{ OPENING_HOURS: 'mon-fri 16:30-08:00' }, 'OPENING_HOURS has "mon-fri 16:30-08:00", whose hours are not a time of day that closes after it opens'],
    [{ OPENING_HOURS: 'sat-sun 10:00-14:00' }, 'OPENING_HOURS must open on at least one weekday (mon-fri) in both callback windows'],
    [{ CLOSED_DAYS: '2027-02-30' }, 'CLOSED_DAYS has "2027-02-30", which is not a date like 2026-01-02 (got "2027-02-30")'],
    [{ CLOSED_DAYS: '7 maj' }, 'CLOSED_DAYS has "7 maj", which is not a date like 2026-01-02'],
    [{ SHORT_DAYS: '2027-03-25' }, 'SHORT_DAYS has "2027-03-25", which is not like "2026-04-02 08:00-13:00"'],
    [{ SHORT_DAYS: '2027-03-25 13:00-08:00' }, 'SHORT_DAYS has "2027-03-25 13:00-08:00", whose hours are not a time of day that closes after it opens'],
    [{ SHORT_DAYS: '2027-03-26 08:00-13:00' }, 'SHORT_DAYS names 2027-03-26, which is not a working day (a weekend, a holiday or one of CLOSED_DAYS)'],
    [{ SHORT_DAYS: '2027-05-07 08:00-13:00', CLOSED_DAYS: '2027-05-07' }, 'SHORT_DAYS names 2027-05-07, which is not a working day'],
    [{ SHORT_DAYS: '2027-03-25 08:00-13:00; 2027-03-25 08:00-12:00' }, 'SHORT_DAYS names 2027-03-25 twice'],
  ])('stops on %j with one line that names the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

function catchConfigError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('loadConfig accepted the environment');
}
