/**
 * The languages residents are served in: Swedish first, British English second. A language's locale names it for
 * dates and chat clients; its voice is what the phone speaks and listens with (Twilio's Amazon Polly voices).
 */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  /** BCP 47 locale: Intl formatting, the chat's locale and the phone's speech recogniser. */
  locale: string;
  /** The voice the phone reads this language with. */
  voice: string;
}

export const LANGUAGE_INFO: Readonly<Record<Language, LanguageInfo>> = {
  sv: { locale: 'sv-SE', voice: 'Polly.Astrid' },
  en: { locale: 'en-GB', voice: 'Polly.Amy' },
};

export const DEFAULT_LANGUAGE: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
