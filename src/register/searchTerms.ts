import { cleanStorableText } from '../db/storableText';

/**
 * What an agent typed into the search box, understood as one kind of search (pure: the register turns it into SQL):
 *  - a case number as typed so far: "2026", "2026 2", "2026-0004", "202600042";
 *  - a phone number in any common form, as far as typed: "070-123 45 67", "+46 70…", "0046 70…", "08-12";
 *  - an e-mail address, or its beginning: anything with an @;
 *  - otherwise words, found in the resident's name (any part of it) or the description (Swedish stemming).
 */
export type SearchTerms =
  | { readonly kind: 'reference'; readonly year: string; readonly digits: string }
  | { readonly kind: 'phone'; readonly e164Prefix: string }
  | { readonly kind: 'email'; readonly prefix: string }
  | { readonly kind: 'words'; readonly words: readonly string[] };

export type SearchKind = SearchTerms['kind'];

/** The most a search box holds; longer input is cut, not refused (it is typed, not stored). */
export const MAX_SEARCH_LENGTH = 200;
/** Words need this many letters in all before a search is made (a name by two letters would list half the register). */
export const MIN_WORD_LETTERS = 3;

const REFERENCE = /^((?:19|20)\d{2})(?:\s*[-–]\s*|\s+)?(\d{0,9})$/;
const PHONE = /^(?:\+|0)[\d\s\-().]*$/;

/** The terms of a search, or null when there is nothing to search for yet. */
export function searchTermsOf(input: string): SearchTerms | null {
  // Typed, not stored: what PostgreSQL cannot take (NUL, half a surrogate pair) is dropped rather than refused.
  const text = cleanStorableText(input).replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH);
  if (!text) return null;
  const reference = REFERENCE.exec(text);
  if (reference) return { kind: 'reference', year: reference[1]!, digits: reference[2]! };
  if (text.includes('@')) return { kind: 'email', prefix: text.replace(/\s/g, '').toLowerCase() };
  if (PHONE.test(text)) {
    const e164Prefix = e164PrefixOf(text);
    return e164Prefix ? { kind: 'phone', e164Prefix } : null;
  }
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.join('').length < MIN_WORD_LETTERS) return null;
  return { kind: 'words', words: [...new Set(words)].slice(0, 8) };
}

/** "070-123 45" → "+467012345", "0046 70" → "+4670", "+46 (0)70" → "+4670": the stored form's beginning. */
function e164PrefixOf(text: string): string | null {
  const international = text.startsWith('+') || text.startsWith('00');
  let digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (text.startsWith('00')) digits = digits.slice(2);
  // A Swedish number written nationally: the trunk 0 becomes +46.
  const prefix = international ? `+${digits}` : `+46${digits.slice(1)}`;
  // Too little typed to narrow anything: "0", "+4", "+46".
  return prefix.replace(/\D/g, '').length >= 3 && prefix !== '+46' ? prefix : null;
}

/** A LIKE pattern's wildcards and escape taken literally. */
export function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Words as a Swedish full-text query: every word, the last one as typed so far (a prefix). Only letters and digits reach it. */
export function descriptionQuery(words: readonly string[]): string {
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}
