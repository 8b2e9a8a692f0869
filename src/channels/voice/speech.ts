import type { VoiceResponse } from './twilioLibrary';
import { LANGUAGE_INFO, type Language } from '../../domain';

type SayAttributes = Parameters<VoiceResponse['say']>[0];
type GatherLanguage = NonNullable<NonNullable<Parameters<VoiceResponse['gather']>[0]>['language']>;

// The domain names each language's locale and voice; Twilio's types list the ones it knows, by name.
/** What <Say> reads a language with: its locale and its Polly voice. */
export function sayAttributes(language: Language): SayAttributes {
  const { locale, voice } = LANGUAGE_INFO[language];
  return { language: locale as SayAttributes['language'], voice: voice as SayAttributes['voice'] };
}

/** What <Gather> recognises a language's speech with. */
export function gatherLanguage(language: Language): GatherLanguage {
  return LANGUAGE_INFO[language].locale as GatherLanguage;
}

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
