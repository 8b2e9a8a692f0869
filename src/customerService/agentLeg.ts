import type twilio from 'twilio';
import { agentLegTwiml } from '../channels/voice/personTwiml';

/** Rings the agent's own phone and, when they answer, bridges the front of the queue to them. */
export type RingAgent = (agentPhone: string, agent: string) => Promise<{ callSid: string }>;

/** Twilio could not ring the agent (no credentials, or Twilio refused or was unreachable); the message says why. */
export class AgentLegError extends Error {
  override readonly name = 'AgentLegError';
}

export interface AgentLegParts {
  twilio: { accountSid: string | null; authToken: string | null; phoneNumber: string | null };
  publicBaseUrl: string;
  /** Tests aim the official client at a local stand-in for api.twilio.com. */
  httpClient?: twilio.RequestClient;
}

/**
 * "Take next caller" through Twilio's REST API, at once rather than through the outbox: an agent who pressed the
 * button is at their phone now, and a ring that comes later (after a retry) would only surprise them.
 */
export function ringAgentThroughTwilio({ twilio: credentials, publicBaseUrl, httpClient }: AgentLegParts): RingAgent {
  const { accountSid, authToken, phoneNumber } = credentials;
  if (!accountSid || !authToken || !phoneNumber) {
    return () =>
      Promise.reject(new AgentLegError('Twilio är inte inställt (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER), så ingen telefon kan ringas upp.'));
  }
  let client: ReturnType<typeof twilio> | null = null;
  return async (agentPhone, agent) => {
    try {
      // The REST client is loaded at the first call placed rather than at every start (0.15 s).
      client ??= (require('twilio') as typeof twilio)(accountSid, authToken, { autoRetry: false, ...(httpClient ? { httpClient } : {}) });
      const call = await client.calls.create({ to: agentPhone, from: phoneNumber, twiml: agentLegTwiml(agent, publicBaseUrl) });
      return { callSid: call.sid };
    } catch (err) {
      const status = (err as { status?: unknown }).status;
      throw new AgentLegError(`Twilio kunde inte ringa din telefon${typeof status === 'number' ? ` (svar ${status})` : ''}. Försök igen om en stund.`);
    }
  };
}
