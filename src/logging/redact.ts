/**
 * Personal data never reaches the logs: phone numbers, e-mail addresses and personnummer are replaced
 * wherever they appear, and fields that by their name hold personal data are dropped whole.
 */
export const REDACTED = '[redacted]';

/** Field names whose values are personal data whatever they look like (Twilio's From/To/Caller included). */
const PERSONAL_KEYS = new Set(
  ['name', 'phone', 'email', 'from', 'to', 'caller', 'called', 'personnummer', 'contact', 'callbacknumber', 'address', 'password', 'speechresult', 'digits', 'text', 'what', 'whenwhere', 'consequences', 'transcript'].map(
    (k) => k.toLowerCase(),
  ),
);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDDNNNN (also with a space). */
const PERSONNUMMER = /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[06][1-9]|[1278]\d|[39][01])[-+ ]?\d{4}(?![\d])/g;
/** +46 70 123 45 67, 0046701234567, 070-123 45 67, 08-123 456 78, (08) 123 45 67 … checked by digit count below. */
const PHONE = /(?<![\w+])(?:\+|00)\d[\d \-()]{5,}\d|(?<![\w-])\(?0\d{1,3}\)?[ -]?\d[\d -]{3,}\d(?![\w])/g;

export function redactText(text: string): string {
  return text
    .replace(EMAIL, REDACTED)
    .replace(PERSONNUMMER, REDACTED)
    .replace(PHONE, (match) => {
      const digits = match.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15 ? REDACTED : match;
    });
}

/** Redacts a log record's fields, deeply; safe on cycles and errors. */
export function redactValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message), stack: value.stack ? redactText(value.stack) : undefined };
  }
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = PERSONAL_KEYS.has(key.toLowerCase()) && v !== null && v !== undefined ? REDACTED : redactValue(v, seen);
  }
  return out;
}
