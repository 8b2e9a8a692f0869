import { phoneNumberOf } from '../domain';

/**
 * Whom a register extract is about: an exact phone number (any common form, kept in E.164), an exact e-mail
 * address (lower-case), and cases the admin confirmed as the person's after a search by name. Exact matching only:
 * the extract holds this person's data and nobody else's.
 */
export interface PersonQuery {
  phone: string | null;
  email: string | null;
  caseIds: number[];
}

export type PersonQueryCheck = { ok: true; query: PersonQuery } | { ok: false; problem: string };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The form's fields as typed; a problem is said in Swedish, for the admin's page. */
export function checkPersonQuery(input: { phone: string; email: string; caseIds: readonly number[] }): PersonQueryCheck {
  const phoneText = input.phone.trim();
  const emailText = input.email.trim().toLowerCase();
  const phone = phoneText ? phoneNumberOf(phoneText) : null;
  if (phoneText && !phone) return { ok: false, problem: `${phoneText} är inget telefonnummer. Skriv till exempel 070-123 45 67.` };
  if (emailText && !EMAIL.test(emailText)) return { ok: false, problem: `${input.email.trim()} är ingen e-postadress.` };
  return { ok: true, query: { phone, email: emailText || null, caseIds: [...new Set(input.caseIds)].sort((a, b) => a - b) } };
}

export function isEmptyQuery(q: PersonQuery): boolean {
  return !q.phone && !q.email && q.caseIds.length === 0;
}
