/**
 * Keys and phrases that mean the same on every step, so no step has to handle them itself:
 * * repeats the question, 0 reaches customer service, # skips a question that may be skipped;
 * in the chat (and in speech) the same is said in words.
 */
import { languagesFrom, type Language } from '../domain';
import type { GeneralCommand, ListeningWords } from './flowTypes';
import type { FlowInput } from './types';
import { normalise } from './wordSpotting';

const COMMAND_KEYS: Readonly<Record<string, GeneralCommand>> = { '*': 'repeat', '0': 'transfer', '#': 'skip' };

/** Own keys only: a resident who says "constructor" or "toString" must not reach Object's prototype. */
const commandKey = (key: string): GeneralCommand | null => (Object.hasOwn(COMMAND_KEYS, key) ? COMMAND_KEYS[key]! : null);

/**
 * The command an input asks for, whatever the step; null when it is an answer to the question. Said in words, whole
 * answers only ("agent" inside a description of what happened is not a request for one), in any language.
 */
export function commandOf(input: FlowInput, listening: Readonly<Record<Language, ListeningWords>>, language: Language): GeneralCommand | null {
  if (input.kind === 'key') return commandKey(input.key.trim());
  if (input.kind !== 'text') return null;
  const said = normalise(input.text);
  const byKey = commandKey(said);
  if (byKey) return byKey;
  for (const l of languagesFrom(language)) {
    for (const [command, phrases] of Object.entries(listening[l].commands) as [GeneralCommand, readonly string[]][]) {
      if (phrases.map(normalise).includes(said)) return command;
    }
  }
  return null;
}
