import type twilio from 'twilio';
import { z } from 'zod';
import { OUTBOX_KIND, type OutboxMessage } from './outboxTypes';

/** Sends one outbox message; resolves with the provider's id, or throws a DeliveryError. */
export type Deliver = (message: OutboxMessage) => Promise<{ providerId: string }>;

/** A failed delivery. `permanent` when no retry can help (Twilio refused the request itself, the data is bad). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
  /** The municipality's Twilio number: the sender of texts and the caller id of bridged calls. */
  phoneNumber: string;
}

const clickToCallPayload = z.object({ residentPhone: z.string().regex(/^\+[1-9]\d{6,14}$/) });

// Twilio answers 400 for a request it will never accept (an invalid or unreachable number, an SMS to a landline);
// 401/403/429/5xx may pass once credentials, quotas or Twilio itself recover, so those are retried.
const PERMANENT_STATUSES = new Set([400, 404, 422]);

/** The twilio package with its REST client: loaded at the first message sent rather than at every start (0.15 s). */
const twilioLibrary = (): typeof twilio => require('twilio') as typeof twilio; // on first use, on purpose

/**
 * Delivery through Twilio's REST API with the official client. `httpClient` lets tests aim the client at a
 * local stub server instead of api.twilio.com; `apiBaseUrl` aims it at the configured region and edge.
 */
export function twilioDelivery(credentials: TwilioCredentials, options: { httpClient?: twilio.RequestClient; apiBaseUrl?: string } = {}): Deliver {
  let made: ReturnType<typeof twilio> | null = null;
  const client = () => (made ??= restClient(credentials, options.httpClient ?? (options.apiBaseUrl ? apiHostClient(options.apiBaseUrl) : undefined)));
  return async (message) => {
    try {
      switch (message.kind) {
        case OUTBOX_KIND.smsReceipt:
        case OUTBOX_KIND.sms: {
          if (!message.body) throw new DeliveryError(`outbox message ${message.id} has no text to send`, true);
          const sms = await client().messages.create({ to: message.recipient, from: credentials.phoneNumber, body: message.body });
          return { providerId: sms.sid };
        }
        case OUTBOX_KIND.clickToCall: {
          const payload = clickToCallPayload.safeParse(message.payload);
          if (!payload.success) throw new DeliveryError(`outbox message ${message.id} lacks the resident's number`, true);
          const call = await client().calls.create({
            to: message.recipient,
            from: credentials.phoneNumber,
            twiml: bridgeTwiml(payload.data.residentPhone, credentials.phoneNumber),
          });
          return { providerId: call.sid };
        }
        default:
          throw new DeliveryError(`outbox message ${message.id} (${message.kind}) is not Twilio's to send`, true);
      }
    } catch (err) {
      throw asDeliveryError(err);
    }
  };
}

function restClient(credentials: TwilioCredentials, httpClient: twilio.RequestClient | undefined): ReturnType<typeof twilio> {
  return twilioLibrary()(credentials.accountSid, credentials.authToken, { autoRetry: false, ...(httpClient ? { httpClient } : {}) });
}

/** What the agent hears on answering: a short notice, then the resident's phone rings with the municipality's number. */
function bridgeTwiml(residentPhone: string, callerId: string): string {
  const response = new (twilioLibrary().twiml.VoiceResponse)();
  response.say({ language: 'sv-SE', voice: 'Polly.Astrid' }, 'Du kopplas nu till invånaren.');
  response.dial({ callerId }, residentPhone);
  return response.toString();
}

function asDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : null;
  const code = (err as { code?: unknown }).code;
  const text = err instanceof Error ? err.message : String(err);
  const described = status ? `Twilio answered ${status}${code ? ` (error ${String(code)})` : ''}: ${text}` : `Twilio could not be reached: ${text}`;
  return new DeliveryError(described, status !== null && PERMANENT_STATUSES.has(status));
}

/** Sends what the twilio library addresses to api.twilio.com to the configured API host (region and edge, or TWILIO_API_URL). */
function apiHostClient(apiBaseUrl: string): twilio.RequestClient {
  return new (class extends twilioLibrary().RequestClient {
    override request: twilio.RequestClient['request'] = (opts) =>
      super.request({ ...opts, uri: opts.uri.replace(/^https:\/\/api(\.[a-z0-9-]+)*\.twilio\.com/, apiBaseUrl) });
  })();
}

/** Delivery when all three Twilio settings are given; null otherwise (messages then wait, marked as not sent). */
export function twilioDeliveryFromConfig(twilioConfig: {
  accountSid: string | null;
  authToken: string | null;
  phoneNumber: string | null;
  apiBaseUrl: string;
}): Deliver | null {
  const { accountSid, authToken, phoneNumber } = twilioConfig;
  return accountSid && authToken && phoneNumber ? twilioDelivery({ accountSid, authToken, phoneNumber }, { apiBaseUrl: twilioConfig.apiBaseUrl }) : null;
}
