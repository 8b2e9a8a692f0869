import type { CaseKind, ConversationChannel } from '../domain';

/**
 * What the conversation tells whoever counts (the metrics, wired in src/service.ts): the intake's funnel. Called
 * only after a turn is saved, with step ids and codes, never what the resident said or who they are.
 */
export interface TurnObserver {
  /** A turn was taken; `step` is where it left the conversation (the question now asked, or the ending). */
  turnTaken(channel: ConversationChannel, step: string): void;
  /** The resident hung up or left (or the sweep ended an abandoned conversation) while on `step`. */
  hungUp(channel: ConversationChannel, step: string): void;
  /** The turn registered a case (a finished intake; incomplete cases are the hang-ups). */
  caseRegistered(channel: ConversationChannel, kind: CaseKind | null): void;
}

export const NO_TURN_OBSERVER: TurnObserver = {
  turnTaken: () => undefined,
  hungUp: () => undefined,
  caseRegistered: () => undefined,
};
