import type { CallbackWindow, CaseKind, Language, ServiceArea } from '../../domain';
import type { CalendarDay } from '../../domain/calendar';

/**
 * What the phone line asks of customer service's side when a caller wants a person (implemented in
 * src/customerService, wired in src/service.ts): the channel turns Twilio's posts into these calls and the answers
 * into TwiML, and never touches the register or the callbacks itself.
 */
export interface PersonLine {
  /** The caller was handed over (the flow's transfer): what the agent needs, and in the own queue their place. */
  handOver(callSid: string): Promise<HandOver>;
  /** Twilio asks the waitUrl: stay (with what to tell the caller) or leave with a callback offer. */
  waiting(callSid: string, twilio: QueueWaitReport): Promise<WaitDecision>;
  /** The caller pressed 1 while waiting: a callback that keeps their place; null when we cannot call them. */
  keepPlace(callSid: string): Promise<KeptPlace | null>;
  /** The <Enqueue> ended (Twilio's QueueResult): done, or why the caller is offered a callback now. */
  leftQueue(callSid: string, queueResult: string): Promise<QueueExit>;
  /** <Queue url>: Twilio is about to bridge this queued caller to the agent who rang in. */
  bridging(callSid: string, agent: string | null): Promise<Language>;
  /** Nobody answered: what the offer of a callback or a voice message can hold for this caller. */
  offer(callSid: string): Promise<PersonOffer>;
  /** The caller chose a callback on the callback day; null when no number of theirs may be called. */
  bookCallback(callSid: string, window: CallbackWindow): Promise<BookedCallback | null>;
  /** The caller left a voice message instead; it is kept with the call's case. */
  keepVoiceMessage(callSid: string, recordingUrl: string, transcript: string | null): Promise<Language>;
}

export interface HandOver {
  reference: string | null;
  kind: CaseKind | null;
  area: ServiceArea | null;
  language: Language;
  serious: boolean;
}

export interface QueueWaitReport {
  /** Twilio's QueuePosition (1 = next). */
  position: number | null;
  /** Twilio's QueueTime: seconds this caller has waited. */
  waitedSeconds: number | null;
  /** Twilio's AvgQueueTime: seconds callers in this queue have waited on average. */
  averageWaitSeconds: number | null;
}

export type WaitDecision =
  | { kind: 'wait'; language: Language; place: number; expectedWaitMinutes: number | null; offerCallback: boolean; firstRound: boolean }
  | { kind: 'leave'; language: Language };

export interface KeptPlace {
  language: Language;
  /** The number customer service calls, read back to the caller. */
  phone: string;
}

export type ExitReason = 'unanswered' | 'longestWait' | 'closing' | 'queueFailed';
export type QueueExit = { kind: 'done' } | { kind: 'offer'; reason: ExitReason };

export interface PersonOffer {
  language: Language;
  /** Whether a number of the caller's may be called (else only a voice message is offered). */
  canCallBack: boolean;
  /** The callback day (the first working day after today open in both windows) and its windows' hours. */
  day: CalendarDay;
  windows: Record<CallbackWindow, { openMinute: number; closeMinute: number }>;
  /** What the caller already said is kept as this case. */
  reference: string | null;
}

export interface BookedCallback {
  language: Language;
  day: CalendarDay;
  window: CallbackWindow;
  openMinute: number;
  closeMinute: number;
}
