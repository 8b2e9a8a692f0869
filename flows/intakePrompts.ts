/**
 * What the intake says, from the message catalogues (flows/catalogue): short, warm and plain, like good customer
 * service on the phone, one thing at a time. Texts that depend on answers (read-backs, the goodbye) are built in
 * intakeSpeech.ts from the same catalogues.
 */
import type { EnginePhrases } from '../src/flow/flowTypes';
import { texts, words } from './catalogue';

export const PROMPTS = texts((c) => c.prompts);

/** Whole answers to "Vill du lägga till något?" that mean there is no more. */
export const DONE_WORDS = words((c) => c.words.done);

const ENGINE = texts((c) => c.engine);

export const ENGINE_PHRASES: EnginePhrases = {
  notUnderstood: { spoken: ENGINE.notUnderstoodSpoken, written: ENGINE.notUnderstoodWritten },
  noAnswer: ENGINE.noAnswer,
  wrongKey: ENGINE.wrongKey,
  cannotSkip: ENGINE.cannotSkip,
  wordsWanted: ENGINE.wordsWanted,
  restarting: ENGINE.restarting,
  transferring: ENGINE.transferring,
  closedGoodbye: ENGINE.closedGoodbye,
  keptSoFar: ENGINE.keptSoFar,
  pressKey: ENGINE.pressKey,
  skipHint: ENGINE.skipHint,
  tooLong: ENGINE.tooLong,
};
