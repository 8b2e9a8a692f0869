import type { Language } from '../../domain';

/** Twilio's voices and recognisers per language: Swedish first, British English second. */
export const VOICE_LANGUAGE = {
  sv: { say: { language: 'sv-SE', voice: 'Polly.Astrid' }, gather: 'sv-SE' },
  en: { say: { language: 'en-GB', voice: 'Polly.Amy' }, gather: 'en-GB' },
} as const satisfies Record<Language, { say: { language: string; voice: string }; gather: string }>;

/**
 * "2026-00042" → "2 0 2 6, 0 0 0 4 2": one digit at a time, a pause where the written number has a break,
 * so a caller can write it down.
 */
export function digitsForSpeech(text: string): string {
  return text
    .split(/[\s\-–.]+/)
    .filter(Boolean)
    .map((group) => group.replace(/\D/g, '').split('').join(' '))
    .filter(Boolean)
    .join(', ');
}
