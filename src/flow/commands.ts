/**
 * Keys and phrases that mean the same on every step, so no step has to handle them itself:
 * * repeats the question, 0 reaches customer service, # skips a question that may be skipped;
 * in the chat (and in speech) the same is said in words.
 */
import type { Command } from './flowTypes';
import type { FlowInput } from './types';
import { normalise } from './wordSpotting';

/** Commands that only a choice asks for (the menu's 9, the callback offer's "Nej") are not general. */
type GeneralCommand = Exclude<Command, 'switchLanguage' | 'resume'>;

const COMMAND_KEYS: Readonly<Record<string, GeneralCommand>> = { '*': 'repeat', '0': 'transfer', '#': 'skip' };

/** Whole answers only: "agent" inside a description of what happened is not a request for one. */
export const COMMAND_PHRASES: Readonly<Record<GeneralCommand, readonly string[]>> = {
  repeat: ['upprepa', 'repetera', 'säg igen', 'repeat', 'say again'],
  transfer: [
    'prata med någon', 'prata med en människa', 'människa', 'agent', 'kundtjänst',
    'talk to someone', 'speak to someone', 'human', 'operator', 'customer service',
  ],
  restart: ['börja om', 'starta om', 'start over', 'restart'],
  skip: ['hoppa över', 'skip'],
};

/** Own keys only: a resident who says "constructor" or "toString" must not reach Object's prototype. */
const commandKey = (key: string): GeneralCommand | null => (Object.hasOwn(COMMAND_KEYS, key) ? COMMAND_KEYS[key]! : null);

/** The command an input asks for, whatever the step; null when it is an answer to the question. */
export function commandOf(input: FlowInput): GeneralCommand | null {
  if (input.kind === 'key') return commandKey(input.key.trim());
  if (input.kind !== 'text') return null;
  const said = normalise(input.text);
  const byKey = commandKey(said);
  if (byKey) return byKey;
  for (const [command, phrases] of Object.entries(COMMAND_PHRASES) as [GeneralCommand, readonly string[]][]) {
    if (phrases.includes(said)) return command;
  }
  return null;
}
