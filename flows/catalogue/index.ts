/**
 * One message catalogue per language (sv.ts, en.ts, fi.ts): everything the intake says and listens for. A language the
 * service speaks (LANGUAGES) without a catalogue, or a catalogue that lacks a key, fails the type check. The rest of
 * the flow takes its words from here as Localized texts and word lists, never as pairs written in code.
 */
import { LANGUAGES, type Language } from '../../src/domain';
import type { ChoiceWords, ListeningWords, WordList } from '../../src/flow/flowTypes';
import type { Localized } from '../../src/flow/types';
import { en } from './en';
import { fi } from './fi';
import { sv, type Catalogue } from './sv';

export type { Catalogue } from './sv';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { sv, en, fi };

/** One text in every language. */
export function text(pick: (c: Catalogue) => string): Localized {
  return Object.fromEntries(LANGUAGES.map((l) => [l, pick(CATALOGUES[l])])) as Localized;
}

/** A group of texts (the prompts, the engine's phrases) as Localized texts by key. */
export function texts<G extends Readonly<Record<string, string>>>(pick: (c: Catalogue) => G): { readonly [K in keyof G]: Localized } {
  const keys = Object.keys(pick(CATALOGUES.sv)) as (keyof G)[];
  return Object.fromEntries(keys.map((k) => [k, text((c) => pick(c)[k as string] as string)])) as { readonly [K in keyof G]: Localized };
}

/** A list of words in every language. */
export function words(pick: (c: Catalogue) => readonly string[]): WordList {
  return Object.fromEntries(LANGUAGES.map((l) => [l, pick(CATALOGUES[l])])) as WordList;
}

interface ChoiceText {
  readonly label: string;
  readonly spoken?: string;
  readonly synonyms: readonly string[];
}

/** A choice's label, its spoken form where it has one, and what people say instead, in every language. */
export function choiceWords(pick: (c: Catalogue) => ChoiceText): Pick<ChoiceWords, 'label' | 'spoken' | 'synonyms'> {
  const spoken = pick(CATALOGUES.sv).spoken !== undefined ? { spoken: text((c) => pick(c).spoken ?? '') } : {};
  return { label: text((c) => pick(c).label), ...spoken, synonyms: words((c) => pick(c).synonyms) };
}

/** What every language listens for besides a step's choices: commands, spoken digits, lead-ins. */
export const LISTENING: Readonly<Record<Language, ListeningWords>> = Object.fromEntries(
  LANGUAGES.map((l) => [l, { commands: CATALOGUES[l].commands, numbers: CATALOGUES[l].numbers, leadIns: CATALOGUES[l].leadIns }]),
) as Record<Language, ListeningWords>;
