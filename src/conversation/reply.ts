import type { Language } from '../domain';
import type { OutputPart, Question, TurnEnding } from '../flow/types';

/**
 * What a channel renders after a turn: the engine's output with the case number filled in.
 * It is stored with the session, so a repeated delivery is answered with exactly the same reply.
 */
export interface Reply {
  /** The turn that produced this reply; the next request answers this turn. */
  turn: number;
  language: Language;
  say: OutputPart[];
  ask: Question | null;
  ending: TurnEnding;
  /** The registered case's number, for OutputPart 'caseReference'. */
  caseReference: string | null;
}
