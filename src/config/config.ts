import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_LANGUAGE, DEFAULT_OFFERED_LANGUAGES, LANGUAGES, SERVICE_AREAS } from '../domain';
import type { ChatLimits, Config, CustomerServiceSetup } from './configTypes';
import { parseRecordsPlan } from './recordsPlanSetting';
import { calendarOf } from './calendarSetting';

/**
 * Every configuration problem at once, one line each naming the variable and what to set, so one start tells an
 * operator all there is to fix (not one secret per start).
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} settings must be fixed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const DEFAULT_OPENING_HOURS = 'mon-fri 08:00-16:30';
/** Twilio's own hold music (what a plain <Enqueue> plays): Twilio fetches it, the service never does. */
const DEFAULT_QUEUE_MUSIC_URL = 'http://com.twilio.sounds.music.s3.amazonaws.com/MARKOVICHAMP-Borghestral.mp3';

/** What a case may concern when CASE_CATEGORIES is not set. */
export const DEFAULT_CASE_CATEGORIES = ['bemötande', 'vård och omsorg', 'information och kommunikation', 'tillgänglighet', 'beslut och handläggning', 'annat'] as const;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], 'must be development, production or test').default('development'),
  PORT: z.coerce.number({ error: 'must be a whole number from 0 to 65535' }).int('must be a whole number from 0 to 65535').min(0, 'must be a whole number from 0 to 65535').max(65535, 'must be a whole number from 0 to 65535').default(3000),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_POOL_SIZE: wholeNumber(1, 500).default(20),
  PUBLIC_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be the public http(s) address of the service, like https://synpunkt.example.se' }).optional()),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'debug'], 'must be error, warn, info, http or debug').default('info'),
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_ACCOUNT_SID: optionalString.pipe(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex digits').optional()),
  TWILIO_PHONE_NUMBER: optionalString,
  TWILIO_REGION: optionalString.pipe(z.string().regex(/^[a-z]{2}[0-9]$/, 'must be a Twilio region id like ie1 (Ireland), de1 or us1').optional()),
  TWILIO_EDGE: optionalString.pipe(z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a Twilio edge location like dublin or frankfurt').optional()),
  TWILIO_API_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address like http://127.0.0.1:3010 (a stand-in for Twilio)' }).optional()),
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  SERVICE_AREAS: optionalString.pipe(
    z
      .string()
      .transform((v) => v.split(',').map((a) => a.trim()))
      .pipe(z.array(z.enum(SERVICE_AREAS, `must list areas among ${SERVICE_AREAS.join(', ')}`)).min(1))
      .optional(),
  ),
  LANGUAGES: optionalString.pipe(
    z
      .string()
      .transform((v) => [...new Set(v.split(',').map((l) => l.trim()))])
      .pipe(
        z
          .array(z.enum(LANGUAGES, `must list languages among ${LANGUAGES.join(', ')}`))
          .refine((ls) => ls.includes(DEFAULT_LANGUAGE), `must include ${DEFAULT_LANGUAGE}, the language every conversation starts in`),
      )
      .optional(),
  ),
  MEANKIELI_INFO_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address of the municipality\'s page in Meänkieli' }).optional()),
  SAMI_INFO_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address of the municipality\'s page in Sámi' }).optional()),
  ACCESSIBILITY_ORGANISATION: optionalString.pipe(z.string().max(120, 'must be at most 120 characters, like Exempelby kommun').optional()),
  ACCESSIBILITY_CONTACT_EMAIL: optionalString.pipe(z.email('must be one e-mail address, like tillganglighet@kommun.se').max(254).optional()),
  ACCESSIBILITY_CONTACT_PHONE: optionalString.pipe(z.string().regex(/^\+?[0-9][0-9 -]{4,24}$/, 'must be a phone number as residents dial it, like 0123-45 67 00').optional()),
  ACCESSIBILITY_REVIEWED: optionalString.pipe(
    z.iso.date('must be the date of the last review of the accessibility statement, YYYY-MM-DD, like 2026-11-30').optional(),
  ),
  ACCESSIBILITY_SHORTCOMINGS_SV: optionalString.pipe(z.string().max(4000, 'must be at most 4000 characters').optional()),
  ACCESSIBILITY_SHORTCOMINGS_EN: optionalString.pipe(z.string().max(4000, 'must be at most 4000 characters').optional()),
  OPENING_HOURS: z.string().default(DEFAULT_OPENING_HOURS),
  CLOSED_DAYS: z.string().default(''),
  SHORT_DAYS: z.string().default(''),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('loopback')
    .transform((v) => (/^\d+$/.test(v) ? Number(v) : v.split(',').map((p) => p.trim())))
    .refine(
      (v) => typeof v === 'number' || v.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(p)),
      'must be a number of proxy hops, or addresses/CIDRs (or loopback, linklocal, uniquelocal) separated by commas',
    ),
  STOP_DEADLINE_SECONDS: wholeNumber(1, 600).default(8),
  ABANDONED_AFTER_MINUTES: wholeNumber(10, 24 * 60).default(120),
  SERIOUS_WORDS_SV: optionalString.pipe(z.string().max(4000, 'must be at most 4000 characters').optional()),
  SERIOUS_WORDS_EN: optionalString.pipe(z.string().max(4000, 'must be at most 4000 characters').optional()),
  SERIOUS_WORDS_FI: optionalString.pipe(z.string().max(4000, 'must be at most 4000 characters').optional()),
  CASE_CATEGORIES: optionalString.pipe(
    z
      .string()
      .transform((v) => [...new Set(v.split(',').map((c) => c.trim().replace(/\s+/g, ' ')).filter(Boolean))])
      .pipe(z.array(z.string().max(60, 'each category must be at most 60 characters')).min(1).max(20, 'must list at most 20 categories'))
      .optional(),
  ),
  CALLBACK_CLAIM_MINUTES: wholeNumber(1, 24 * 60).default(15),
  CALLBACK_MAX_ATTEMPTS: wholeNumber(1, 20).default(3),
  CALLBACK_RETRY_MINUTES: wholeNumber(1, 7 * 24 * 60).default(60),
  OUTBOX_MAX_ATTEMPTS: wholeNumber(1, 100).default(8),
  OUTBOX_INTERVAL_SECONDS: wholeNumber(1, 3600).default(5),
  OUTBOX_RETRY_SECONDS: wholeNumber(1, 3600).default(30),
  SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be an SMTP address like smtp://user:password@mail.kommun.se:587 or smtps://…:465').optional()),
  MAIL_FROM: optionalString.pipe(z.string().max(254).regex(/^([^<>@\s][^<>@]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/, 'must be an e-mail address, like synpunkt@kommun.se or Synpunkt <synpunkt@kommun.se>').optional()),
  SERIOUS_CASES_EMAIL: optionalString.pipe(z.email('must be one e-mail address, like kvalitet@kommun.se').max(254).optional()),
  MUNICIPALITY_NAME: optionalString.pipe(z.string().max(100, 'must be at most 100 characters').optional()),
  MUNICIPALITY_ADDRESS: optionalString.pipe(z.string().max(300, 'must be at most 300 characters').optional()),
  CUSTOMER_SERVICE_PHONE: optionalString.pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number in E.164, like +46101234567').optional()),
  DEADLINE_REMINDER_DAYS: wholeNumber(1, 13).default(3),
  DEADLINE_CHECK_MINUTES: wholeNumber(1, 24 * 60).default(15),
  CUSTOMER_SERVICE_DIAL: optionalString.pipe(
    z
      .string()
      .regex(/^(\+[1-9]\d{6,14}|sips?:[^\s@]+@[^\s]+)$/, 'must be a number in E.164 (+4687000000) or a SIP address (sip:kundtjanst@pbx.kommun.se)')
      .optional(),
  ),
  CUSTOMER_SERVICE_RING_SECONDS: wholeNumber(5, 120).default(30),
  TWILIO_WORKFLOW_SID: optionalString.pipe(z.string().regex(/^WW[0-9a-fA-F]{32}$/, 'must look like WW followed by 32 hex digits').optional()),
  QUEUE_LONGEST_WAIT_MINUTES: wholeNumber(1, 120).default(15),
  QUEUE_MUSIC_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) address of a sound file Twilio can play' }).default(DEFAULT_QUEUE_MUSIC_URL),
  CHAT_TOKEN_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters (a long random string)').optional()),
  RESIDENT_LINK_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters (a long random string)').optional()),
  RESIDENT_LINK_DAYS: wholeNumber(1, 365).default(60),
  // botframework-directlinejs (and Web Chat with it) refreshes its token every 15 minutes: a shorter token would
  // expire before the refresh, so the least is 20 (a margin for a slow network or a sleeping laptop).
  CHAT_TOKEN_MINUTES: wholeNumber(20, 24 * 60).default(30),
  CHAT_NEW_CHATS_PER_ADDRESS: wholeNumber(1, 100_000).default(60),
  CHAT_REQUESTS_PER_ADDRESS: wholeNumber(10, 1_000_000).default(1200),
  CHAT_MESSAGES_PER_CONVERSATION: wholeNumber(1, 10_000).default(30),
  CHAT_POLLS_PER_CONVERSATION: wholeNumber(60, 100_000).default(300),
  CHAT_UPLOAD_MAX_MB: wholeNumber(1, 50).default(10),
  METRICS_TOKEN: optionalString.pipe(z.string().min(32, 'must be at least 32 characters (a long random string)').optional()),
  // Read whole by parseRecordsPlan, which names the bad class.
  RECORDS_PLAN: optionalString,
});

/** Every variable the service reads: .env.example and the README's table must name each (a unit test holds them to it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export type { ChatLimits, Config, CustomerServiceSetup, TwilioSettings } from './configTypes';

/** Never echoed in an error: the line goes to the terminal and the logs. */
const SECRET_VARIABLES = new Set(['METRICS_TOKEN', 'CHAT_TOKEN_SECRET', 'RESIDENT_LINK_SECRET', 'MICROSOFT_APP_PASSWORD', 'TWILIO_AUTH_TOKEN', 'DATABASE_URL', 'SMTP_URL']);

/** The only reader of the environment: everything else gets a typed Config. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : schemaProblems(parsed.error.issues, env);
  const calendar = calendarOf(
    { OPENING_HOURS: env.OPENING_HOURS ?? DEFAULT_OPENING_HOURS, CLOSED_DAYS: env.CLOSED_DAYS ?? '', SHORT_DAYS: env.SHORT_DAYS ?? '' },
    problems,
  );
  const recordsPlan = parseRecordsPlan(env.RECORDS_PLAN);
  problems.push(...recordsPlan.problems);
  if (env.NODE_ENV === 'production') problems.push(...missingInProduction(env));
  if (env.CUSTOMER_SERVICE_DIAL?.trim() && env.TWILIO_WORKFLOW_SID?.trim()) {
    problems.push('CUSTOMER_SERVICE_DIAL and TWILIO_WORKFLOW_SID are both set: choose one way to reach customer service (the switchboard or Twilio Flex) and leave the other empty');
  }
  if (!parsed.success || !calendar || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.DATA_DIR),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    twilio: {
      authToken: e.TWILIO_AUTH_TOKEN ?? null,
      accountSid: e.TWILIO_ACCOUNT_SID ?? null,
      phoneNumber: e.TWILIO_PHONE_NUMBER ?? null,
      region: e.TWILIO_REGION ?? null,
      edge: e.TWILIO_EDGE ?? null,
      apiBaseUrl: (e.TWILIO_API_URL ?? twilioApiBaseUrl(e.TWILIO_REGION ?? null, e.TWILIO_EDGE ?? null)).replace(/\/+$/, ''),
    },
    botFramework: {
      appId: e.MICROSOFT_APP_ID ?? null,
      appPassword: e.MICROSOFT_APP_PASSWORD ?? null,
      tenantId: e.MICROSOFT_APP_TENANT_ID ?? null,
    },
    serviceAreas: e.SERVICE_AREAS ?? SERVICE_AREAS,
    // Swedish first: a conversation starts in it, and the others are offered in the configured order.
    languages: e.LANGUAGES ? [DEFAULT_LANGUAGE, ...e.LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)] : DEFAULT_OFFERED_LANGUAGES,
    minorityLanguageInfo: { meankieli: e.MEANKIELI_INFO_URL ?? null, sami: e.SAMI_INFO_URL ?? null },
    accessibilityStatement: {
      organisation: e.ACCESSIBILITY_ORGANISATION ?? null,
      email: e.ACCESSIBILITY_CONTACT_EMAIL ?? null,
      phone: e.ACCESSIBILITY_CONTACT_PHONE ?? null,
      reviewedOn: e.ACCESSIBILITY_REVIEWED ?? null,
      shortcomings: { sv: itemList(e.ACCESSIBILITY_SHORTCOMINGS_SV), en: itemList(e.ACCESSIBILITY_SHORTCOMINGS_EN) },
    },
    calendar,
    trustProxy: e.TRUST_PROXY,
    stopDeadlineSeconds: e.STOP_DEADLINE_SECONDS,
    abandonedAfterMinutes: e.ABANDONED_AFTER_MINUTES,
    extraSeriousWords: { sv: wordList(e.SERIOUS_WORDS_SV), en: wordList(e.SERIOUS_WORDS_EN), fi: wordList(e.SERIOUS_WORDS_FI) },
    caseCategories: e.CASE_CATEGORIES ?? DEFAULT_CASE_CATEGORIES,
    callbacks: { claimMinutes: e.CALLBACK_CLAIM_MINUTES, maxAttempts: e.CALLBACK_MAX_ATTEMPTS, retryMinutes: e.CALLBACK_RETRY_MINUTES },
    customerService: customerServiceOf(e),
    outbox: { maxAttempts: e.OUTBOX_MAX_ATTEMPTS, intervalMs: e.OUTBOX_INTERVAL_SECONDS * 1000, retryBaseSeconds: e.OUTBOX_RETRY_SECONDS },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM ?? null },
    residentMessages: {
      municipalityName: e.MUNICIPALITY_NAME ?? 'Kommunen',
      municipalityAddress: e.MUNICIPALITY_ADDRESS ?? null,
      customerServicePhone: e.CUSTOMER_SERVICE_PHONE ?? null,
    },
    followUp: { seriousCasesEmail: e.SERIOUS_CASES_EMAIL ?? null, reminderDays: e.DEADLINE_REMINDER_DAYS, checkIntervalMs: e.DEADLINE_CHECK_MINUTES * 60_000 },
    residentLinks: { secret: e.RESIDENT_LINK_SECRET ?? null, days: e.RESIDENT_LINK_DAYS },
    metricsToken: e.METRICS_TOKEN ?? null,
    recordsPlan: recordsPlan.plan,
    chat: {
      tokenSecret: e.CHAT_TOKEN_SECRET ?? null,
      tokenMinutes: e.CHAT_TOKEN_MINUTES,
      uploadMaxMb: e.CHAT_UPLOAD_MAX_MB,
      limits: {
        newChatsPerAddress: e.CHAT_NEW_CHATS_PER_ADDRESS,
        requestsPerAddress: e.CHAT_REQUESTS_PER_ADDRESS,
        messagesPerConversation: e.CHAT_MESSAGES_PER_CONVERSATION,
        pollsPerConversation: e.CHAT_POLLS_PER_CONVERSATION,
      },
    },
  };
}

/** "Item one | item two": the municipality's known shortcomings, one list item each. */
function itemList(value: string | undefined): string[] {
  return (value ?? '').split('|').map((item) => item.trim()).filter(Boolean);
}

function customerServiceOf(e: z.output<typeof envSchema>): CustomerServiceSetup {
  if (e.CUSTOMER_SERVICE_DIAL) return { kind: 'dial', target: e.CUSTOMER_SERVICE_DIAL, ringSeconds: e.CUSTOMER_SERVICE_RING_SECONDS };
  if (e.TWILIO_WORKFLOW_SID) return { kind: 'taskRouter', workflowSid: e.TWILIO_WORKFLOW_SID };
  return { kind: 'queue', longestWaitMinutes: e.QUEUE_LONGEST_WAIT_MINUTES, musicUrl: e.QUEUE_MUSIC_URL };
}

/** The first problem with each variable, its value shown unless it is a secret or the database's address. */
function schemaProblems(issues: readonly z.core.$ZodIssue[], env: Record<string, string | undefined>): string[] {
  const byVariable = new Map<string, string>();
  for (const issue of issues) {
    const variable = String(issue.path[0] ?? 'environment');
    if (byVariable.has(variable)) continue;
    const got = SECRET_VARIABLES.has(variable) ? undefined : env[variable];
    byVariable.set(variable, `${variable} ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`);
  }
  return [...byVariable.values()];
}

/** What production cannot run without, checked on the raw environment so an empty value counts as missing. */
function missingInProduction(env: Record<string, string | undefined>): string[] {
  const required: [variable: string, why: string][] = [
    ['PUBLIC_BASE_URL', 'PUBLIC_BASE_URL is required in production: Twilio signs requests with the public address (set it to like https://synpunkt.example.se)'],
    ['TWILIO_AUTH_TOKEN', 'TWILIO_AUTH_TOKEN is required in production: unsigned phone webhooks are never accepted (set it to the auth token in the Twilio console)'],
    ['CHAT_TOKEN_SECRET', "CHAT_TOKEN_SECRET is required in production: it signs the website chat's tokens (set it to a random string of 32+ characters, e.g. from openssl rand -base64 48)"],
    ['RESIDENT_LINK_SECRET', "RESIDENT_LINK_SECRET is required in production: it signs the residents' not-satisfied links and keys their one-time codes (set it to a random string of 32+ characters, e.g. from openssl rand -base64 48)"],
  ];
  const problems = required.filter(([variable]) => !env[variable]?.trim()).map(([, why]) => why);
  if (env.TWILIO_API_URL?.trim().startsWith('http:')) {
    problems.push('TWILIO_API_URL must be https in production: the account\'s credentials travel with every request (leave it unset to use TWILIO_REGION and TWILIO_EDGE)');
  }
  return problems;
}

/**
 * Twilio's REST API host for a region and edge, as the twilio library builds it: api.twilio.com by default,
 * api.dublin.ie1.twilio.com for edge dublin in region ie1, region us1 when only an edge is given.
 */
export function twilioApiBaseUrl(region: string | null, edge: string | null): string {
  const host = ['api', edge, region ?? (edge ? 'us1' : null), 'twilio.com'].filter(Boolean).join('.');
  return `https://${host}`;
}

/** "far illa, vanvård , lämnad ensam" → ["far illa", "vanvård", "lämnad ensam"]. */
function wordList(text: string | undefined): string[] {
  return (text ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
}
