/**
 * Hearing words by their stems: "ramlade", "ramlat" and "ramlar" are all "ramla", "blåmärket" is "blåmärke".
 * A flow gives, per language, a stemmer (a pure function, e.g. a Snowball stemmer) and entries written as:
 *   ramla                   a word, in any form the stemmer brings to the same stem
 *   =slog                   a word exactly as written (where its stem would catch innocent words: "slag", "slags")
 *   *medicin                the word, or a compound that ends with it ("kvällsmedicinen", "sömnmedicin")
 *   låg på golvet           words in this order, next to each other, each by its stem
 *   glömde … medicin        "…" (or "...") lets up to GAP_WORDS other words stand between
 *   glömde|missade medicin  "|" gives alternatives for one place
 * A text is split into words at anything that is not a letter or a digit, so "hit" is never found in "hitåt".
 */
import type { StemmedWords } from './flowTypes';
import { normalise } from './wordSpotting';

/** How many other words "…" lets stand between two parts of an entry. */
export const GAP_WORDS = 5;
const GAP = /^(…|\.\.\.)$/;

/** An entry that cannot be read; the message says what to change. */
export class WordEntryError extends Error {
  override readonly name = 'WordEntryError';
  constructor(
    message: string,
    readonly entry: string,
  ) {
    super(message);
  }
}

interface Alternative {
  how: 'stem' | 'exact' | 'compound';
  form: string;
}
interface Part {
  alternatives: readonly Alternative[];
  /** How many other words may stand before this part (0 for the first part and for neighbours). */
  gap: number;
}
interface Compiled {
  entry: string;
  parts: readonly Part[];
}

const compiledLists = new WeakMap<StemmedWords, readonly Compiled[]>();

/** The first entry heard in the text, or null. */
export function spotStemmed(text: string, words: StemmedWords): string | null {
  const compiled = compile(words);
  if (compiled.length === 0) return null;
  const tokens = wordsOf(text);
  const stems = tokens.map((t) => words.stem(t));
  const tails: Set<string>[] = [];
  const at = (alternative: Alternative, i: number) => {
    if (i >= tokens.length) return false;
    if (alternative.how === 'exact') return tokens[i] === alternative.form;
    if (alternative.how === 'stem') return stems[i] === alternative.form;
    tails[i] ??= tailStems(tokens[i]!, words.stem);
    return tails[i]!.has(alternative.form);
  };
  for (const { entry, parts } of compiled) {
    for (let i = 0; i < tokens.length; i++) if (matchesFrom(parts, 0, i, at)) return entry;
  }
  return null;
}

/** Does the text contain one of the entries? */
export function heardAny(text: string, words: StemmedWords): boolean {
  return spotStemmed(text, words) !== null;
}

/** Every entry read once (a start-up check): throws a WordEntryError for the first that cannot be read. */
export function checkEntries(words: StemmedWords): void {
  compile(words);
}

function matchesFrom(parts: readonly Part[], p: number, i: number, at: (a: Alternative, i: number) => boolean): boolean {
  if (!parts[p]!.alternatives.some((a) => at(a, i))) return false;
  if (p + 1 === parts.length) return true;
  const next = parts[p + 1]!;
  for (let j = i + 1; j <= i + 1 + next.gap; j++) if (matchesFrom(parts, p + 1, j, at)) return true;
  return false;
}

/**
 * The stems of a word's endings, each taken as a word of its own: the last part of a compound is stemmed as it
 * would be alone ("inkontinensskydd" ends in "skydd", whose stem is "skydd", while the whole stems to "…skyd").
 */
function tailStems(word: string, stem: (word: string) => string): Set<string> {
  const tails = new Set<string>();
  for (let from = 0; from <= word.length - MIN_TAIL; from++) tails.add(stem(word.slice(from)));
  return tails;
}
const MIN_TAIL = 3;

function wordsOf(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

// Cached per list (the lists are made once at start-up), so a turn does not stem the list again.
function compile(words: StemmedWords): readonly Compiled[] {
  let compiled = compiledLists.get(words);
  if (!compiled) {
    compiled = words.entries.map((entry) => ({ entry, parts: partsOf(entry, words.stem) }));
    compiledLists.set(words, compiled);
  }
  return compiled;
}

function partsOf(entry: string, stem: (word: string) => string): Part[] {
  const pieces = entry.normalize('NFC').toLowerCase().trim().split(/\s+/);
  const parts: Part[] = [];
  let gap = 0;
  for (const piece of pieces) {
    if (GAP.test(piece)) {
      if (parts.length === 0 || gap > 0) throw new WordEntryError(`"${entry}": "…" must stand between two words`, entry);
      gap = GAP_WORDS;
      continue;
    }
    const alternatives = piece.split('|').map((alt) => alternativeOf(alt, entry, stem));
    parts.push({ alternatives, gap });
    gap = 0;
  }
  if (parts.length === 0) throw new WordEntryError(`"${entry}" has no words`, entry);
  if (gap > 0) throw new WordEntryError(`"${entry}": "…" must stand between two words`, entry);
  return parts;
}

function alternativeOf(written: string, entry: string, stem: (word: string) => string): Alternative {
  const how = written.startsWith('=') ? 'exact' : written.startsWith('*') ? 'compound' : 'stem';
  const word = how === 'stem' ? written : written.slice(1);
  if (!/^[\p{L}\p{N}]+$/u.test(word)) {
    throw new WordEntryError(`"${entry}": "${written}" is not one word of letters or digits (write "a|b" with no spaces, "=" or "*" only first)`, entry);
  }
  return { how, form: how === 'exact' ? word : stem(word) };
}
