import type { Language } from '../../domain';
import { clockTime, dayName } from '../../../flows/calendarWords';
import type { ExitReason, PersonOffer } from './personLine';

/**
 * What a caller hears on the way to a person (docs/PROMPTS.md: the facts first, the choice before its key, one
 * thing per sentence). Kept with the phone line: these are the queue's and the switchboard's words, not the intake's.
 */
const WORDS = {
  sv: {
    place: (n: number) => (n <= 1 ? 'Du står först i kön.' : `Du är nummer ${n} i kön.`),
    expected: (m: number) => (m <= 1 ? 'Det dröjer ungefär en minut.' : `Det dröjer ungefär ${m} minuter.`),
    welcome: 'Tack för att du väntar. Vi svarar så snart vi kan.',
    keepPlace: 'Vill du bli uppringd i stället när det är din tur? Då behåller du din plats i kön. För att bli uppringd, tryck 1.',
    keptPlace: (phone: string) => `Tack. Du har kvar din plats i kön. Kundtjänst ringer dig när det är din tur, på numret ${phone}. Hej då!`,
    cannotKeepPlace: 'Förlåt, det gick inte att ordna just nu. Du står kvar i kön.',
    connecting: 'Nu kopplas du till kundtjänst.',
    reasons: {
      unanswered: 'Ingen i kundtjänst kunde svara just nu. Förlåt att du fick vänta.',
      longestWait: 'Förlåt att du har fått vänta så länge. Kundtjänst hinner inte svara dig just nu.',
      closing: 'Kundtjänst stänger nu, och ingen hann svara dig. Förlåt att du fick vänta.',
      queueFailed: 'Förlåt, vi kunde inte koppla dig till kundtjänst just nu.',
    } satisfies Record<ExitReason, string>,
    kept: 'Det du redan har berättat har vi sparat.',
    callbackDay: (day: string) => `Kundtjänst kan ringa dig ${day}.`,
    morning: (from: string, to: string) => `För förmiddag, mellan klockan ${from} och ${to}, tryck 1.`,
    afternoon: (from: string, to: string) => `För eftermiddag, mellan klockan ${from} och ${to}, tryck 2.`,
    message: 'För att lämna ett meddelande i stället, tryck 3.',
    messageOnly: 'Du kan lämna ett meddelande, så hör kundtjänst av sig. För att lämna ett meddelande, tryck 3.',
    booked: (day: string, from: string, to: string) => `Tack. Kundtjänst ringer dig ${day}, mellan klockan ${from} och ${to}. Hej då!`,
    record: 'Säg ditt namn och vad det gäller. Du har två minuter. Tryck fyrkant när du är klar. Börja prata efter tonen.',
    messageKept: 'Tack. Vi har tagit emot ditt meddelande. Hej då!',
    notHeard: 'Förlåt, jag hörde inte. Tryck på en siffra.',
    goodbye: 'Ring gärna igen. Hej då!',
  },
  en: {
    place: (n: number) => (n <= 1 ? 'You are first in the queue.' : `You are number ${n} in the queue.`),
    expected: (m: number) => (m <= 1 ? 'The wait is about one minute.' : `The wait is about ${m} minutes.`),
    welcome: 'Thank you for waiting. We will answer as soon as we can.',
    keepPlace: 'Would you rather be called back when it is your turn? You keep your place in the queue. To be called back, press 1.',
    keptPlace: (phone: string) => `Thank you. You keep your place in the queue. Customer service will call you when it is your turn, on ${phone}. Goodbye!`,
    cannotKeepPlace: 'Sorry, that could not be arranged just now. You are still in the queue.',
    connecting: 'You are now being connected to customer service.',
    reasons: {
      unanswered: 'Nobody in customer service could answer just now. Sorry to keep you waiting.',
      longestWait: 'Sorry you have had to wait so long. Customer service cannot answer you just now.',
      closing: 'Customer service is closing now, and nobody could answer you in time. Sorry to keep you waiting.',
      queueFailed: 'Sorry, we could not connect you to customer service just now.',
    } satisfies Record<ExitReason, string>,
    kept: 'What you have already told us is saved.',
    callbackDay: (day: string) => `Customer service can call you on ${day}.`,
    morning: (from: string, to: string) => `For the morning, between ${from} and ${to}, press 1.`,
    afternoon: (from: string, to: string) => `For the afternoon, between ${from} and ${to}, press 2.`,
    message: 'To leave a message instead, press 3.',
    messageOnly: 'You can leave a message, and customer service will get back to you. To leave a message, press 3.',
    booked: (day: string, from: string, to: string) => `Thank you. Customer service will call you on ${day}, between ${from} and ${to}. Goodbye!`,
    record: 'Say your name and what it is about. You have two minutes. Press the hash key when you are done. Start speaking after the tone.',
    messageKept: 'Thank you. We have received your message. Goodbye!',
    notHeard: 'Sorry, I did not hear that. Please press a key.',
    goodbye: 'You are welcome to call again. Goodbye!',
  },
} as const;

export function personWords(language: Language) {
  return WORDS[language];
}

export const spokenClock = (minute: number, language: Language) => clockTime(minute, language, 'spoken');

/** The offer of a callback on the callback day or a voice message, after the reason nobody answered. */
export function offerWords(offer: PersonOffer, reason: ExitReason | null): string[] {
  const w = WORDS[offer.language];
  const lead = reason ? [w.reasons[reason]] : [];
  const kept = offer.reference ? [w.kept] : [];
  if (!offer.canCallBack) return [...lead, ...kept, w.messageOnly];
  const t = (m: number) => spokenClock(m, offer.language);
  return [
    ...lead,
    ...kept,
    w.callbackDay(dayName(offer.day, offer.language)),
    w.morning(t(offer.windows.morning.openMinute), t(offer.windows.morning.closeMinute)),
    w.afternoon(t(offer.windows.afternoon.openMinute), t(offer.windows.afternoon.closeMinute)),
    w.message,
  ];
}

export { dayName };
