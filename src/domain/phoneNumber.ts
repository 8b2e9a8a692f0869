import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Numbers we will never call back or text: premium-rate and shared-cost lines cost the municipality money. */
const REFUSED_TYPES = new Set(['PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'UAN', 'PAGER']);

export type PhoneCheck = { ok: true; e164: string } | { ok: false; reason: 'invalid' | 'refused_type' };

/**
 * Accepts a Swedish number in any common form (070-123 45 67, 08-123 456 78, 0046…) or an E.164 number,
 * and returns it in E.164. Short numbers, premium-rate and shared-cost numbers are refused.
 */
export function checkPhoneNumber(input: string): PhoneCheck {
  const cleaned = input.trim().replace(/^00/, '+');
  if (!/^[+\d][\d\s\-().]*$/.test(cleaned)) return { ok: false, reason: 'invalid' };
  const parsed = parsePhoneNumberFromString(cleaned, 'SE');
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'invalid' };
  const type = parsed.getType();
  if (type && REFUSED_TYPES.has(type)) return { ok: false, reason: 'refused_type' };
  return { ok: true, e164: parsed.number };
}

export function isE164(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}

/**
 * "+46701234567" → "070-123 45 67": a Swedish number as people write it, so the phone reads it in its
 * groups (0 7 0, 1 2 3, 4 5, 6 7) and the chat shows it familiarly; other numbers stay international.
 */
export function phoneNumberForReading(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed && parsed.countryCallingCode === '46' ? parsed.formatNational() : parsed?.formatInternational() ?? e164;
}

/**
 * Any valid number in any common form → E.164, refusing nothing but what is no number: a register extract must
 * find a person by a number we would never call (a premium-rate line still identifies them).
 */
export function phoneNumberOf(input: string): string | null {
  const cleaned = input.trim().replace(/^00/, '+');
  if (!/^[+\d][\d\s\-().]*$/.test(cleaned)) return null;
  const parsed = parsePhoneNumberFromString(cleaned, 'SE');
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** The forms a number may be written in free text and json we keep: "+46701234567" and "0701234567". */
export function phoneNumberTextForms(e164: string): string[] {
  const parsed = parsePhoneNumberFromString(e164);
  const national = parsed && parsed.countryCallingCode === '46' ? `0${parsed.nationalNumber}` : null;
  return national ? [e164, national] : [e164];
}
