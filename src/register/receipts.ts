import { promisedWithin, type Language } from '../domain';

const RECEIPT_TEXT: Record<Language, (reference: string) => string> = {
  sv: (ref) =>
    `Tack för att du hörde av dig till kommunen. Ditt ärendenummer är ${ref}. Du får veta vad som händer inom ${promisedWithin('news', 'sv')} och svar inom ${promisedWithin('answer', 'sv')}.`,
  en: (ref) =>
    `Thank you for contacting the municipality. Your case number is ${ref}. You will hear what happens within ${promisedWithin('news', 'en')} and get an answer within ${promisedWithin('answer', 'en')}.`,
  fi: (ref) =>
    `Kiitos yhteydenotostasi kuntaan. Asianumerosi on ${ref}. Kuulet ${promisedWithin('news', 'fi')} kuluessa, mitä asiallesi tapahtuu, ja saat vastauksen ${promisedWithin('answer', 'fi')} kuluessa.`,
};

/** The SMS receipt a resident gets with their case number, in their language. */
export function smsReceiptText(language: Language, reference: string): string {
  return RECEIPT_TEXT[language](reference);
}
