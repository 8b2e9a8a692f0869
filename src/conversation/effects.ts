import type { Queryable } from '../db/database';
import type { CaseDeadlines } from '../domain/calendar';
import { addToIncompleteCase } from '../register/addToIncompleteCase';
import type { Actor } from '../register/caseEvents';
import { CASE_STATUS, type ConversationChannel } from '../domain';
import type { NewCaseInput } from '../register/newCase';
import { insertPreparedCase, prepareCase, type PreparedCase } from '../intake/registration';
import { NO_FOLLOW_UP_SETTINGS, type FollowUpSettings } from '../followUp/followUpSettings';
import { notifySeriousCase } from '../followUp/seriousNotice';
import { findCaseById } from '../register/caseLists';

/** A case a flow asks to be kept; the conversation adds the channel and source ids, the register checks the rest. */
export type CaseDraft = Omit<NewCaseInput, 'channel'>;

/**
 * What a flow's end may ask of the conversation layer (the intake's IntakeEffect is one): register the finished
 * intake (with its callback request and SMS receipt, if any), or keep what was said so far as an incomplete case.
 */
export type CaseEffect = { type: 'registerCase'; draft: CaseDraft } | { type: 'keepIncomplete'; draft: CaseDraft };

export interface ConversationSource {
  channel: ConversationChannel;
  sessionId: string;
  /** The case this conversation already made (an incomplete one kept at a hang-up), if any. */
  existingCaseId: number | null;
}

export interface EffectOutcome {
  caseId: number;
  reference: string;
}

/** An effect made ready outside the transaction: validated, and a new case holding its number. */
export type PreparedEffect = { type: 'newCase'; prepared: PreparedCase } | { type: 'addToCase'; caseId: number; draft: NewCaseInput };

/**
 * Validates the engine's effects and reserves case numbers before the transaction starts, so the transaction
 * holds no lock on the year's counter. Invalid drafts are refused here, before anything is written.
 */
export async function prepareEffects(db: Queryable, effects: readonly CaseEffect[], source: ConversationSource): Promise<PreparedEffect[]> {
  const prepared: PreparedEffect[] = [];
  for (const effect of effects) {
    const draft = withSource(effect.draft, source);
    if (effect.type === 'keepIncomplete' && source.existingCaseId !== null) {
      // Something arrived after the call was already kept (a voice message after the hang-up): add it.
      prepared.push({ type: 'addToCase', caseId: source.existingCaseId, draft });
      continue;
    }
    const status = effect.type === 'keepIncomplete' ? CASE_STATUS.incomplete : CASE_STATUS.registered;
    prepared.push({ type: 'newCase', prepared: await prepareCase(db, { ...draft, status }) });
  }
  return prepared;
}

/**
 * Carries out prepared effects inside the caller's transaction; returns the case they made or added to. A new case
 * gets the deadlines counted from this turn; a case added to keeps its own.
 */
export async function applyEffects(
  tx: Queryable,
  effects: readonly PreparedEffect[],
  channel: ConversationChannel,
  deadlines: CaseDeadlines,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<EffectOutcome | null> {
  let outcome: EffectOutcome | null = null;
  const actor: Actor = `resident:${channel}`;
  for (const effect of effects) {
    if (effect.type === 'addToCase') {
      const added = await addToIncompleteCase(tx, effect.caseId, effect.draft, actor);
      if (added) outcome = { caseId: added.id, reference: added.reference };
      // What arrived late may flag the case serious: its managers are told as at registration (once each).
      if (added && effect.draft.serious) await notifySeriousCase(tx, (await findCaseById(tx, added.id))!, followUp);
    } else {
      const registered = await insertPreparedCase(tx, effect.prepared, actor, deadlines, followUp);
      outcome = { caseId: registered.case.id, reference: registered.case.reference };
    }
  }
  return outcome;
}

function withSource(draft: CaseDraft, source: ConversationSource): NewCaseInput {
  return {
    ...draft,
    channel: source.channel,
    source: {
      ...draft.source,
      callSid: source.channel === 'phone' ? source.sessionId : null,
      conversationId: source.channel === 'chat' ? source.sessionId : null,
    },
  };
}
