/**
 * The contract between a flow (data in flows/), the pure engine (src/flow/) and the channels.
 * The engine is `(flow, state, input, context) → Turn`; it knows no Twilio and no Bot Framework.
 */
import type { ChannelCapabilities, Language, MinorityLanguage } from '../domain';

export type Localized = Readonly<Record<Language, string>>;

/** How the channel should collect the answer: keypad/buttons, speech/typing, a phone number or an e-mail. */
export const INPUT_KINDS = ['choice', 'yesno', 'text', 'phone', 'email', 'recording'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** What the resident did, in channel-neutral terms. */
export type FlowInput =
  /**
   * A new conversation. callerNumber is the caller's own number in E.164, when the channel knows it and it is one
   * we may call (the channel checks it: the phone's From).
   */
  | {
      kind: 'start';
      lang?: Language;
      callerNumber?: string | null;
      /** The resident came to be called back in a language the service cannot hold a conversation in (the chat page's link). */
      callbackIn?: MinorityLanguage;
    }
  /** Keys pressed on the phone, or a chat button (sent as its position, the same digit as on the phone). */
  | { kind: 'key'; key: string }
  /** Speech recognised on the phone, or text typed in the chat. */
  | { kind: 'text'; text: string }
  /** Nothing came: the Gather timed out, or an empty message. */
  | { kind: 'silence' }
  /** A voice message was recorded (phone only); the transcript is whatever was typed or recognised. */
  | { kind: 'recording'; url: string; transcript?: string | null }
  /** The caller hung up / the chat was closed. */
  | { kind: 'hangup' };

/** A piece of what is said, rendered per channel (the phone reads a number digit by digit; the chat shows it). */
export type OutputPart =
  | { kind: 'text'; text: string }
  /** A phone number or other digits: read one by one on the phone, shown as written in chat. */
  | { kind: 'digits'; text: string }
  /** The case number, known only once the registerCase effect has been carried out. */
  | { kind: 'caseReference' };

export interface QuestionChoice {
  /** The phone digit, which is the position: "1", "2"… ("0" and "9" in the menu are explicit). */
  key: string;
  label: string;
}

/** The question the channel must now ask. */
export interface Question {
  step: string;
  input: InputKind;
  choices: QuestionChoice[];
  /** Free-text answers that may be skipped with # (phone) or a "skip" button (chat). */
  skippable: boolean;
  /** Words for the speech recogniser (choice labels and synonyms). */
  hints: string[];
  /** Maximum length of a recording in seconds (input 'recording'). */
  maxSeconds?: number;
}

/**
 * What the channel does after saying `say` and, if there is one, asking `ask`. 'status': the resident asks how a case
 * they already left is going, and the channel hands over to status on request (the phone's own route, the chat's words).
 */
export const TURN_ENDINGS = ['ask', 'transfer', 'end', 'status'] as const;
export type TurnEnding = (typeof TURN_ENDINGS)[number];

/**
 * One turn. The effects are the flow's own type (E): the engine passes them on untouched, and the conversation
 * layer carries them out in one transaction with saving the state.
 */
export interface Turn<S, E> {
  state: S;
  say: OutputPart[];
  ask: Question | null;
  ending: TurnEnding;
  effects: E[];
}

/** Facts from outside the flow that the engine may not look up itself (it is pure). */
export interface FlowContext {
  now: Date;
  /**
   * Is customer service open now (the working calendar, worked out once a minute)? Decides the phone's fallback
   * (agent queue or voice message), whether its menu offers 0, and whether 0 queues or offers a callback instead.
   */
  withinOpeningHours: boolean;
  /** What the conversation's channel can do (buttons, a queue to a person, recording…); never its name. */
  capabilities: ChannelCapabilities;
}
