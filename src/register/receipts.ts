import type { Language } from '../domain';

const RECEIPT_TEXT: Record<Language, (reference: string) => string> = {
  sv: (ref) =>
    `Tack för att du hörde av dig till kommunen. Ditt ärendenummer är ${ref}. Du får veta vad som händer inom 14 dagar och svar inom fyra veckor.`,
  en: (ref) =>
    `Thank you for contacting the municipality. Your case number is ${ref}. You will hear what happens within 14 days and get an answer within four weeks.`,
};

/** The SMS receipt a resident gets with their case number, in their language. */
export function smsReceiptText(language: Language, reference: string): string {
  return RECEIPT_TEXT[language](reference);
}
