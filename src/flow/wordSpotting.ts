/**
 * Finding words in what residents say or type. JavaScript's \b knows only ASCII letters: it takes "å", "ä"
 * and "ö" for boundaries, so "hit" would be found inside "hitåt". Unicode letter classes are used instead.
 */

/** Trimmed, lower case, composed (speech may send "o" + combining diaeresis), without the punctuation speech adds. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,!?;:"'()«»“”’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const patterns = new Map<string, RegExp>();

/** A pattern matching any of the words or phrases as whole words; spaces in a phrase match any white space. */
function patternFor(words: readonly string[]): RegExp | null {
  const alternatives = words
    .map(normalise)
    .filter((w) => w.length > 0)
    .map((w) => w.split(' ').map(escapeRegExp).join('\\s+'));
  if (alternatives.length === 0) return null;
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  let pattern = patterns.get(source);
  if (!pattern) {
    // Cached only to avoid recompiling the same list on every turn; the result depends on the words alone.
    pattern = new RegExp(source, 'iu');
    patterns.set(source, pattern);
  }
  return pattern;
}

/** Does the text contain one of the words or phrases as whole words (case-insensitive)? */
export function mentionsAny(text: string, words: readonly string[]): boolean {
  const pattern = patternFor(words);
  return pattern !== null && pattern.test(normalise(text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
