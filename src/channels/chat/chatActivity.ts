import { z } from 'zod';
import { isStorableText, storableText, UNSTORABLE_TEXT_MESSAGE } from '../../db/storableText';
import type { InputKind, TurnEnding } from '../../flow/types';

/** As db/005_chat.sql keeps a client's activity id (chat_activities.client_activity_id). */
export const MAX_CLIENT_ACTIVITY_ID_LENGTH = 100;
const clientId = () => storableText().max(MAX_CLIENT_ACTIVITY_ID_LENGTH, `must be at most ${MAX_CLIENT_ACTIVITY_ID_LENGTH} characters`);

/**
 * The part of the Bot Framework Activity schema the chat reads, for Direct Line posts and /api/messages alike.
 * Loose: channels add fields of their own, and those are neither needed nor kept. Every string it reads is text
 * PostgreSQL can store (no NUL, no half of an emoji): one that is not is refused with a clear answer before the
 * turn runs, instead of failing when the transcript or the case is written.
 */
const account = z.looseObject({
  id: storableText().min(1).max(200),
  name: storableText().max(200).optional(),
  role: storableText().max(20).optional(),
});

export const incomingActivitySchema = z.looseObject({
  type: storableText('an activity needs a "type", like "message"').min(1).max(40),
  // Kept as the client's activity id when channelData has none: no longer than the transcript keeps it.
  id: clientId().optional(),
  // Length is checked apart, so an over-long message gets its own clear answer.
  text: storableText().optional().nullable(),
  value: z.unknown().refine((v) => typeof v !== 'string' || isStorableText(v), UNSTORABLE_TEXT_MESSAGE).optional(),
  name: storableText().max(100).optional(),
  locale: storableText().max(35).optional().nullable(),
  from: account.optional(),
  membersAdded: z.array(account).max(50).optional(),
  channelData: z.looseObject({ clientActivityID: clientId().min(1).optional() }).optional().nullable(),
});
export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** A suggested action: shown with the label, sends the key (the phone digit) as its value. */
export interface ChatAction {
  type: 'messageBack';
  title: string;
  text: string;
  displayText: string;
  value: string;
}

/** What the chat sends: messages, and a last endOfConversation when the conversation is over. */
export interface ChatActivity {
  type: 'message' | 'endOfConversation';
  text?: string;
  locale: string;
  inputHint: 'expectingInput' | 'acceptingInput';
  suggestedActions?: { actions: ChatAction[] };
  code?: 'completedSuccessfully';
  channelData?: {
    /** The question's step id (STEP in flows/intakeSteps.ts) and what kind of answer it takes. */
    step?: string;
    input?: InputKind;
    ending?: Exclude<TurnEnding, 'ask'>;
    caseReference?: string;
  };
}

/** The id a client gave the activity it posted, so a repeated post can be recognised. */
export function clientActivityIdOf(activity: IncomingActivity): string | null {
  // An empty id names nothing (and the transcript keeps none): such a post is taken as a new one.
  return activity.channelData?.clientActivityID || activity.id || null;
}
