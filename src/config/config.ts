import path from 'node:path';
import { z } from 'zod';
import { SERVICE_AREAS } from '../register/caseTypes';
import { parseOpeningHours, type OpeningHours } from './openingHours';

/** A configuration problem, said in one line that names the variable and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], 'must be development, production or test').default('development'),
  PORT: z.coerce.number({ error: 'must be a whole number from 0 to 65535' }).int('must be a whole number from 0 to 65535').min(0, 'must be a whole number from 0 to 65535').max(65535, 'must be a whole number from 0 to 65535').default(3000),
  DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PUBLIC_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be the public http(s) address of the service, like https://synpunkt.example.se' }).optional()),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'debug'], 'must be error, warn, info, http or debug').default('info'),
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_ACCOUNT_SID: optionalString.pipe(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex digits').optional()),
  TWILIO_PHONE_NUMBER: optionalString,
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
  OPENING_HOURS: z.string().default('mon-fri 08:00-16:30'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  databaseUrl: string | null;
  dataDir: string;
  publicBaseUrl: string;
  logLevel: 'error' | 'warn' | 'info' | 'http' | 'debug';
  twilio: { authToken: string | null; accountSid: string | null; phoneNumber: string | null };
  botFramework: { appId: string | null; appPassword: string | null; tenantId: string | null };
  serviceAreas: readonly (typeof SERVICE_AREAS)[number][];
  openingHours: OpeningHours;
}

/** The only reader of the environment: everything else gets a typed Config. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const got = env[variable];
    throw new ConfigError(`${variable} ${issue.message}${got === undefined ? '' : ` (got "${got}")`}`);
  }
  const e = parsed.data;
  let openingHours: OpeningHours;
  try {
    openingHours = parseOpeningHours(e.OPENING_HOURS);
  } catch (err) {
    throw new ConfigError(`OPENING_HOURS ${(err as Error).message} (got "${e.OPENING_HOURS}")`);
  }
  if (e.NODE_ENV === 'production' && !e.PUBLIC_BASE_URL) {
    throw new ConfigError('PUBLIC_BASE_URL is required in production: Twilio signs requests with the public address');
  }
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: path.resolve(e.DATA_DIR),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    twilio: {
      authToken: e.TWILIO_AUTH_TOKEN ?? null,
      accountSid: e.TWILIO_ACCOUNT_SID ?? null,
      phoneNumber: e.TWILIO_PHONE_NUMBER ?? null,
    },
    botFramework: {
      appId: e.MICROSOFT_APP_ID ?? null,
      appPassword: e.MICROSOFT_APP_PASSWORD ?? null,
      tenantId: e.MICROSOFT_APP_TENANT_ID ?? null,
    },
    serviceAreas: e.SERVICE_AREAS ?? SERVICE_AREAS,
    openingHours,
  };
}

