/**
 * Words that may mean a missförhållande (Lex Sarah / Lex Maria). A resident cannot file such a report, but what
 * they tell can be the ground for one, so a case that mentions them is flagged for assessment at once. One file
 * per language: a list and its stemmer. The municipality may add its own (SERIOUS_WORDS_SV, SERIOUS_WORDS_EN),
 * written the same way.
 */
import { LANGUAGES, type Language } from '../../src/domain';
import type { StemmedWords, WordList } from '../../src/flow/flowTypes';
import { ENGLISH_SERIOUS_WORDS } from './en';
import { SWEDISH_SERIOUS_WORDS } from './sv';

export type SeriousWords = Readonly<Record<Language, StemmedWords>>;

export const DEFAULT_SERIOUS_WORDS: SeriousWords = {
  sv: SWEDISH_SERIOUS_WORDS,
  en: ENGLISH_SERIOUS_WORDS,
};

/** The built-in lists with the municipality's own entries added, each heard with its language's stemmer. */
export function seriousWordsWith(extra: WordList): SeriousWords {
  const words = {} as Record<Language, StemmedWords>;
  for (const language of LANGUAGES) {
    const built = DEFAULT_SERIOUS_WORDS[language];
    words[language] = { stem: built.stem, entries: [...built.entries, ...extra[language]] };
  }
  return words;
}
