import type { Language, MinorityLanguage, SERVICE_AREAS } from '../domain';
import type { WorkingCalendar } from '../domain/calendar';

/** The service's settings as loadConfig gives them, read once from the environment (src/config/config.ts). */
export interface Config {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  databaseUrl: string | null;
  /** Connections to PostgreSQL per instance (DATABASE_URL only). */
  databasePoolSize: number;
  dataDir: string;
  publicBaseUrl: string;
  logLevel: 'error' | 'warn' | 'info' | 'http' | 'debug';
  twilio: TwilioSettings;
  botFramework: { appId: string | null; appPassword: string | null; tenantId: string | null };
  serviceAreas: readonly (typeof SERVICE_AREAS)[number][];
  /** The languages residents are offered on the phone's menu and the chat page, Swedish first (LANGUAGES). */
  languages: readonly Language[];
  /**
   * The municipality's information in languages without speech technology, which the chat page points to
   * (MEANKIELI_INFO_URL, SAMI_INFO_URL); null when not given.
   */
  minorityLanguageInfo: Readonly<Record<MinorityLanguage, string | null>>;
  /** Working days, customer service's hours, callback windows and deadlines (OPENING_HOURS, CLOSED_DAYS, SHORT_DAYS). */
  calendar: WorkingCalendar;
  /** Which proxies in front of the service to believe about the client's address (Express's trust proxy). */
  trustProxy: number | string[];
  /** On SIGTERM/SIGINT, turns in flight get this long to finish; then the process exits anyway (exit code 1). */
  stopDeadlineSeconds: number;
  /** A conversation with no turn for this long, never ended, is ended as a hang-up (what was said is kept). */
  abandonedAfterMinutes: number;
  /** Words added to the built-in list that flags a possible missförhållande, per language. */
  extraSeriousWords: Readonly<Record<Language, string[]>>;
  /** What a case may concern, as its handler sets it for the analysis (CASE_CATEGORIES), in the order the form shows. */
  caseCategories: readonly string[];
  /** The callback queue: how long a claim holds, how often a resident is tried, and how far apart. */
  callbacks: { claimMinutes: number; maxAttempts: number; retryMinutes: number };
  /** Delivery of what leaves the service (SMS receipts, click-to-call): attempts and exponential backoff. */
  outbox: { maxAttempts: number; intervalMs: number; retryBaseSeconds: number };
  /** E-mail through SMTP (null: e-mails wait in the outbox, marked as not sent). */
  mail: { smtpUrl: string | null; from: string | null };
  /** Messages to residents: the sender and letterhead (MUNICIPALITY_NAME, MUNICIPALITY_ADDRESS), the number to call (CUSTOMER_SERVICE_PHONE). */
  residentMessages: { municipalityName: string; municipalityAddress: string | null; customerServicePhone: string | null };
  /** Serious cases and deadlines: who hears of a serious case with no unit, how early reminders go, how often the loop looks. */
  followUp: { seriousCasesEmail: string | null; reminderDays: number; checkIntervalMs: number };
  /** How a caller who asks for a person reaches one (CUSTOMER_SERVICE_DIAL, TWILIO_WORKFLOW_SID, QUEUE_*). */
  customerService: CustomerServiceSetup;
  /**
   * Status on request and "not satisfied": the secret that signs the residents' links and keys their one-time codes
   * (null: a development one in the data folder), and how many days a link lasts.
   */
  residentLinks: { secret: string | null; days: number };
  /** The bearer token that opens GET /metrics to Prometheus elsewhere than on this machine (null: loopback only). */
  metricsToken: string | null;
  /** The website's chat: the secret that signs Direct Line tokens (null: a development one in the data folder). */
  chat: { tokenSecret: string | null; tokenMinutes: number; limits: ChatLimits; uploadMaxMb: number };
}

export interface TwilioSettings {
  authToken: string | null;
  accountSid: string | null;
  phoneNumber: string | null;
  /** TWILIO_REGION and TWILIO_EDGE: where Twilio keeps and processes the data (e.g. ie1 and dublin, in Ireland). */
  region: string | null;
  edge: string | null;
  /** Twilio's REST API host for that region and edge (https://api.dublin.ie1.twilio.com), or TWILIO_API_URL. */
  apiBaseUrl: string;
}

/**
 * The three ways a municipality connects callers to customer service: its own switchboard dialled (a number or
 * SIP address), a Twilio Flex / TaskRouter workflow, or the service's own queue answered from the workspace.
 */
export type CustomerServiceSetup =
  | { kind: 'dial'; target: string; ringSeconds: number }
  | { kind: 'taskRouter'; workflowSid: string }
  | { kind: 'queue'; longestWaitMinutes: number; musicUrl: string };

/** Per minute, counted across instances (PostgreSQL): new chats and requests (not polls) per address, messages and polls per chat. */
export interface ChatLimits {
  newChatsPerAddress: number;
  requestsPerAddress: number;
  messagesPerConversation: number;
  pollsPerConversation: number;
}
