import type { Queryable } from '../db/database';
import type { Effect } from '../flow/types';
import type { Actor } from '../register/caseEvents';
import { CASE_STATUS } from '../register/caseTypes';
import { insertCase } from '../register/registerCase';

export interface ConversationSource {
  channel: 'phone' | 'chat';
  sessionId: string;
}

export interface EffectOutcome {
  caseId: number;
  reference: string;
}

/** Carries out the engine's effects inside the caller's transaction; returns the case they made, if any. */
export async function carryOutEffects(tx: Queryable, effects: readonly Effect[], source: ConversationSource): Promise<EffectOutcome | null> {
  let outcome: EffectOutcome | null = null;
  const actor: Actor = `resident:${source.channel}`;
  for (const effect of effects) {
    const draft = effect.draft;
    const registered = await insertCase(
      tx,
      {
        ...draft,
        status: effect.type === 'keepIncomplete' ? CASE_STATUS.incomplete : CASE_STATUS.registered,
        source: {
          ...draft.source,
          callSid: source.channel === 'phone' ? source.sessionId : null,
          conversationId: source.channel === 'chat' ? source.sessionId : null,
        },
      },
      actor,
    );
    outcome = { caseId: registered.case.id, reference: registered.case.reference };
  }
  return outcome;
}
