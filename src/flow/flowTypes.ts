/**
 * The shape of a flow as data (flows/ fills it in) and of the state the engine keeps between turns.
 * A flow is generic in its step ids (a typed union, never loose strings) and in its answers.
 */
import type { ChannelCapabilities, Language } from '../domain';
import type { Localized, OutputPart, TurnEnding } from './types';

/** Words per language: a choice's spoken synonyms. */
export type WordList = Readonly<Record<Language, readonly string[]>>;
export type Synonyms = WordList;

/**
 * Words to listen for in one language, with the stemmer that finds their other forms (a pure function, such as a
 * Snowball stemmer). How entries are written: stemSpotting.ts.
 */
export interface StemmedWords {
  stem: (word: string) => string;
  entries: readonly string[];
}

/**
 * Every flow's answers carry the serious flag the engine sets when a serious word is heard, and may carry
 * the step a chat resident was on when they asked for a person (set by the engine while the callback offer runs).
 */
export interface FlowAnswers {
  serious: boolean;
  /** Where "Nej, fortsätt här" leads back to; null (or absent) when no callback offer is under way. */
  resumeStep?: string | null;
}

/**
 * What the engine keeps between turns: stored as jsonb, so plain JSON only (times as ISO strings).
 * `callerNumber` is the caller's own number from the start input, in E.164, when it is one we may call.
 */
export interface FlowState<Id extends string = string, A = unknown> {
  step: Id;
  language: Language;
  answers: A;
  /** How many times the current question has been asked again (no input, no match, invalid answer). */
  retries: number;
  seriousNoticeGiven: boolean;
  /** The conversation has ended (registered, transferred, kept or hung up); later inputs change nothing. */
  done: boolean;
  callerNumber: string | null;
}

/** What prompts, routes and answer handlers may look at. */
export interface StepView<A> {
  answers: A;
  language: Language;
  /** What the channel can do: flows ask this, never the channel's name. */
  capabilities: ChannelCapabilities;
  now: Date;
  /** Is customer service open now (the conversation layer's answer, worked out once a minute)? */
  withinOpeningHours: boolean;
  callerNumber: string | null;
}

/** A prompt is fixed text, or built from what is known (a number read back, the day of the callback). */
export type Prompt<A> = Localized | ((view: StepView<A>) => OutputPart[]);

/** Where a step leads: one step, or the first route whose condition holds (the last route has none). */
export interface Route<Id extends string, A> {
  to: Id;
  when?: (view: StepView<A>) => boolean;
}
export type Next<Id extends string, A> = Id | readonly Route<Id, A>[];

/**
 * Generic actions a choice (or a keypress, or a chat phrase) can ask of the engine. 'resume' goes back from
 * the chat's callback offer to the question the resident was on.
 */
export type Command = 'repeat' | 'transfer' | 'restart' | 'skip' | 'switchLanguage' | 'resume';

/** How a choice is offered and recognised. */
export interface ChoiceWords {
  /** The keypad digit; the position (1, 2, 3…) unless said otherwise, as for 0 and 9 in the menu. */
  key?: string;
  label: Localized;
  synonyms?: Synonyms;
  /** Said on the phone instead of "<label>, tryck <key>" (e.g. "For English, press 9" in the Swedish menu). */
  spoken?: Localized;
  /** Offered only when this holds (the menu's 0 on the phone only while customer service is open); always if absent. */
  offeredWhen?: (view: StepView<unknown>) => boolean;
}

/** A choice either answers the question with a value, or asks the engine for a command (0, 9, start over). */
export type Choice<V extends string = string> = ChoiceWords &
  ({ value: V; command?: undefined } | { command: Command; value?: undefined });

/** A problem with an answer, said before the question is asked again. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Localized };

interface AskingStep<Id extends string, A> {
  prompt: Prompt<A>;
  /** Said once on entering the step, not when it is asked again (the greeting, the public-document notice). */
  notice?: Prompt<A>;
  next: Next<Id, A>;
}

export interface ChoiceStep<Id extends string, A> extends AskingStep<Id, A> {
  input: 'choice' | 'yesno';
  choices: readonly Choice[];
  store: (answers: A, value: string, view: StepView<A>) => A;
}

export interface TextStep<Id extends string, A> extends AskingStep<Id, A> {
  input: 'text';
  skippable: boolean;
  maxLength: number;
  /** The answer is what the resident describes: screened for serious words. */
  screened: boolean;
  /** When the answer is not understood, a voice message is better than the queue (phone only). */
  giveUpToVoiceMessage?: boolean;
  store: (answers: A, text: string | null) => A;
}

export interface ParsedStep<Id extends string, A> extends AskingStep<Id, A> {
  input: 'phone' | 'email';
  parse: (raw: string) => Parsed<string>;
  store: (answers: A, value: string) => A;
}

export interface RecordingStep<Id extends string, A> extends AskingStep<Id, A> {
  input: 'recording';
  maxSeconds: number;
  store: (answers: A, url: string, transcript: string | null) => A;
}

/** The last step of a conversation: what is said and done at the end (the flow's own effects, E). */
export interface EndStep<A, E> {
  input: 'none';
  ending: Exclude<TurnEnding, 'ask'>;
  say: Prompt<A>;
  effects: (view: StepView<A>) => E[];
}

export type QuestionStep<Id extends string, A> = ChoiceStep<Id, A> | TextStep<Id, A> | ParsedStep<Id, A> | RecordingStep<Id, A>;
export type Step<Id extends string, A, E> = QuestionStep<Id, A> | EndStep<A, E>;

/** Sentences the engine itself says, the same for every step. */
export interface EnginePhrases {
  notUnderstood: Localized;
  restarting: Localized;
  transferring: Localized;
  /** Before the voice message when the resident could not be understood or nobody can answer. */
  toVoiceMessage: Localized;
  /** When nobody can take over (the chat outside opening hours) and the conversation must end. */
  closedGoodbye: Localized;
  /** Added when what was said so far is kept for an agent. */
  keptSoFar: Localized;
  /** The phone reads a choice as "<label>, tryck <key>."; `{label}` and `{key}` are filled in. */
  pressKey: Localized;
  /** The phone explains how to skip a question. */
  skipHint: Localized;
  /** A typed answer longer than the register keeps; `{max}` is filled in. */
  tooLong: Localized;
}

/**
 * A channel with no queue to a person (the chat): asking for a person (or the fallback while customer service is
 * open) leads to an offer of a callback instead, a path of the flow's own steps that begins at `start`.
 */
export interface CallbackOffer<Id extends string> {
  start: Id;
  /** Said before the question the resident returns to when they decline ("Då fortsätter vi här."). */
  resuming: Localized;
}

/** A flow: steps with ids Id, answers A, and the effects E its end steps ask the conversation layer to carry out. */
export interface FlowDefinition<Id extends string, A extends FlowAnswers, E> {
  start: Id;
  /** "Börja om" and "start over" lead here, with empty answers and the same language. */
  restartAt: Id;
  /** The recording step the phone falls back to when no one can take over. */
  voiceMessage: Id;
  /** Where there is no queue to a person, a callback offer instead of a transfer; without it, a transfer anyway. */
  callbackOffer?: CallbackOffer<Id>;
  /**
   * On the phone while customer service is closed, asking for a person leads here instead of a queue nobody
   * answers (a callback or a voice message); it returns like the chat's offer. Without it: the voice message.
   */
  closedOffer?: Id;
  steps: { readonly [K in Id]: Step<Id, A, E> };
  emptyAnswers: () => A;
  /** The effect that keeps what was said when the conversation stops early; null when there is nothing to keep. */
  keepSoFar: (view: StepView<A>) => E | null;
  /** Words and phrases that may mean a missförhållande, heard by their stems in the conversation's language. */
  seriousWords: Readonly<Record<Language, StemmedWords>>;
  seriousNotice: Localized;
  phrases: EnginePhrases;
}
