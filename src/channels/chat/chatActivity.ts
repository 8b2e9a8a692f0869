import { z } from 'zod';
import type { InputKind, TurnEnding } from '../../flow/types';

/**
 * The part of the Bot Framework Activity schema the chat reads, for Direct Line posts and /api/messages alike.
 * Loose: channels add fields of their own, and those are neither needed nor kept.
 */
const account = z.looseObject({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  role: z.string().max(20).optional(),
});

export const incomingActivitySchema = z.looseObject({
  type: z.string('an activity needs a "type", like "message"').min(1).max(40),
  id: z.string().max(200).optional(),
  // Length is checked apart, so an over-long message gets its own clear answer.
  text: z.string().optional().nullable(),
  value: z.unknown().optional(),
  name: z.string().max(100).optional(),
  locale: z.string().max(35).optional().nullable(),
  from: account.optional(),
  membersAdded: z.array(account).max(50).optional(),
  channelData: z.looseObject({ clientActivityID: z.string().min(1).max(100).optional() }).optional().nullable(),
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
  return activity.channelData?.clientActivityID ?? activity.id ?? null;
}
