import { claimCallback } from '../callbacks/callbackClaims';
import type { CallbackPolicy } from '../callbacks/callbackPolicy';
import type { RingAgent } from '../customerService/agentLeg';
import { firstInLine } from '../customerService/queueCallers';
import type { Database } from '../db/database';
import { AccountError } from './agentErrors';
import type { Agent } from './agentTypes';
import { callResident } from './callbackWork';

/** What "take next caller" did: rang the agent for the front of the queue, or for a callback that kept its place. */
export type TakenNext = { kind: 'caller'; since: Date } | { kind: 'callback'; callbackId: number } | { kind: 'nobody' };

/**
 * The agent takes whoever is first in line: a waiting caller (Twilio rings the agent's phone and bridges the front
 * of the queue to it) or a caller who asked to be called back and so kept an earlier place (claimed, and called
 * through click-to-call as from the callback queue).
 */
export async function takeNextCaller(
  db: Database,
  parts: { ringAgent: RingAgent; callbackPolicy: CallbackPolicy; now: Date },
  agent: Agent,
  agentPhone: string | null,
): Promise<TakenNext> {
  const ringFirst = agentPhone ?? agent.phone;
  if (!ringFirst) throw new AccountError('Ange numret till telefonen du sitter vid; Twilio ringer den först.');
  const first = await firstInLine(db, parts.now);
  if (!first) return { kind: 'nobody' };
  if (first.status === 'callback' && first.callbackId !== null) {
    await claimCallback(db, first.callbackId, agent.username, parts.callbackPolicy);
    await callResident(db, first.callbackId, agent, ringFirst);
    return { kind: 'callback', callbackId: first.callbackId };
  }
  await parts.ringAgent(ringFirst, agent.username);
  return { kind: 'caller', since: parts.now };
}
