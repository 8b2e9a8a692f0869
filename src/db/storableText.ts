import { z } from 'zod';

/**
 * Text PostgreSQL can keep. It refuses the NUL character in text and jsonb, and half of a UTF-16 surrogate pair
 * (a cut-off emoji, "ok \ud83d") in jsonb; in a text column the driver would silently turn such a half into U+FFFD.
 * Every edge where text comes in builds its strings with storableText(), so such input is answered with a clear
 * 400 before anything is written, instead of failing halfway through a write.
 */
export const UNSTORABLE_TEXT_MESSAGE =
  'innehåller tecken som inte kan sparas (NUL, ett halvt tecken eller ett BOM-tecken först) / contains characters that cannot be stored (NUL, half of a character, or a byte-order mark first)';

/** The refinement's message and its code (the staff pages say it in Swedish from the code). */
const UNSTORABLE_TEXT = { message: UNSTORABLE_TEXT_MESSAGE, params: { code: 'oskrivbar-text' } };

/**
 * NUL, a high surrogate with no low one after it, or a low surrogate with no high one before it; and a byte-order mark
 * (U+FEFF) first in the text, which the embedded database's text decoding drops on the way back (it never means
 * anything to a reader there).
 */
const UNSTORABLE = /\u0000|^\uFEFF|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** A string PostgreSQL can store: z.string(params) with the check; chain .trim(), .max() and the rest after it. */
export const storableText = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, UNSTORABLE_TEXT);

/** An absolute URL PostgreSQL can store (a URL may still carry a raw NUL past the URL check). */
export const storableUrl = () => z.url().refine(isStorableText, UNSTORABLE_TEXT);

/**
 * For what cannot be asked for again without cost (a caller's recognised speech): NUL is dropped and a half
 * character becomes U+FFFD, the replacement character, and the conversation goes on.
 */
export function cleanStorableText(value: string): string {
  return value.replace(UNSTORABLE_ALL, (found) => (found === '\u0000' || found === '\uFEFF' ? '' : '\uFFFD'));
}

/** A string of at most max characters, cleaned into text PostgreSQL can store (see cleanStorableText). */
export const cleanedText = (max: number) => z.string().max(max).transform(cleanStorableText);
