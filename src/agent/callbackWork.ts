import { CallbackConflictError, CallbackNotFoundError } from '../callbacks/callbackErrors';
import { findCallback } from '../callbacks/callbackRequests';
import { CALLBACK_STATUS } from '../callbacks/callbackTypes';
import type { Database } from '../db/database';
import { enqueueOutboxMessage } from '../outbox/outboxStore';
import { OUTBOX_KIND, type OutboxMessage } from '../outbox/outboxTypes';
import { AccountError } from './agentErrors';
import type { Agent } from './agentTypes';

/**
 * Click-to-call: Twilio rings the agent's own phone first and, when they answer, rings the resident from the
 * municipality's number. Written to the outbox and delivered by its worker, so a Twilio outage loses nothing
 * and the case page shows whether it went out.
 */
export async function callResident(db: Database, callbackId: number, agent: Agent, agentPhone: string | null): Promise<OutboxMessage> {
  const callback = await findCallback(db, callbackId);
  if (!callback) throw new CallbackNotFoundError(callbackId);
  if (callback.status !== CALLBACK_STATUS.claimed || callback.claimedBy !== agent.username) {
    throw new CallbackConflictError(callbackId, `Claim callback ${callbackId} before calling: then nobody else calls at the same time.`, 'aterringningen-inte-din');
  }
  const ringFirst = agentPhone ?? agent.phone;
  if (!ringFirst) throw new AccountError('Give the number of the phone you are at; Twilio rings it first.', { code: 'ange-din-telefon' });
  return enqueueOutboxMessage(db, {
    kind: OUTBOX_KIND.clickToCall,
    caseId: callback.caseId,
    recipient: ringFirst,
    // Whose claim it is: the worker rings nobody once the callback is no longer this agent's.
    payload: { residentPhone: callback.phone, callbackId, agent: agent.username },
  });
}
