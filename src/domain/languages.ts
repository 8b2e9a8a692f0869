/**
 * The languages residents can be served in: Swedish first, British English second, Finnish third (for the Finnish
 * administrative area; which of them a municipality offers is configuration, LANGUAGES). A language's locale names it for
 * dates and chat clients; its voice is what the phone speaks and listens with (Twilio's Amazon Polly voices).
 */
export const LANGUAGES = ['sv', 'en', 'fi'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  /** BCP 47 locale: Intl formatting, the chat's locale and the phone's speech recogniser. */
  locale: string;
  /** The voice the phone reads this language with. */
  voice: string;
  /** What staff call it, in Swedish (the workspace's language). */
  label: string;
}

export const LANGUAGE_INFO: Readonly<Record<Language, LanguageInfo>> = {
  sv: { locale: 'sv-SE', voice: 'Polly.Astrid', label: 'Svenska' },
  en: { locale: 'en-GB', voice: 'Polly.Amy', label: 'Engelska' },
  fi: { locale: 'fi-FI', voice: 'Polly.Suvi', label: 'Finska' },
};

export const DEFAULT_LANGUAGE: Language = 'sv';

/**
 * National minority languages with no speech technology to hold a conversation in (Meänkieli, the Sámi languages):
 * the chat page points to the municipality's own information in them, and a resident can ask to be called, with
 * the language noted for customer service.
 */
export const MINORITY_LANGUAGES = ['meankieli', 'sami'] as const;
export type MinorityLanguage = (typeof MINORITY_LANGUAGES)[number];

/** What a municipality offers unless it configures otherwise (LANGUAGES): Swedish and English. */
export const DEFAULT_OFFERED_LANGUAGES: readonly Language[] = ['sv', 'en'];

/**
 * The language a client's locale asks for, by its primary subtag ("en", "en-GB", "EN_us" → English); a locale of
 * a language not served gets the default.
 */
export function languageOfLocale(locale: string): Language {
  const primary = /^([a-z]+)(?:$|[^a-z0-9])/i.exec(locale)?.[1]?.toLowerCase();
  return LANGUAGES.find((l) => LANGUAGE_INFO[l].locale.split('-')[0] === primary) ?? DEFAULT_LANGUAGE;
}

/** The language "For English, press 9" switches to: the next one, round to the first. */
export function nextLanguage(language: Language): Language {
  return LANGUAGES[(LANGUAGES.indexOf(language) + 1) % LANGUAGES.length]!;
}

/** Every language, this one first: a choice is recognised in any of them, the conversation's own first. */
export function languagesFrom(language: Language): Language[] {
  return [language, ...LANGUAGES.filter((l) => l !== language)];
}
