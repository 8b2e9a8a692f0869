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

/** Fewer digits than any phone number (7) or personnummer (10) has: nothing but an e-mail address can be in it. */
const MIN_DIGITS = 7;

export function redactText(text: string): string {
  // Every log line's strings pass here (an access line per request): skip the patterns that cannot match.
  let out = text.includes('@') ? text.replace(EMAIL, REDACTED) : text;
  if (digitCount(out, MIN_DIGITS) < MIN_DIGITS) return out;
  out = out.replace(PERSONNUMMER, REDACTED);
  return out.replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 ? REDACTED : match;
  });
}

/** The digits in text, counted up to enough. */
function digitCount(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** A run of percent-escapes (%2B%34…): decoded together, so a character of several UTF-8 bytes comes out whole. */
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
/** Decoding more often than a client could sensibly have encoded: %252B → %2B → +. */
const MAX_DECODINGS = 3;

/** Percent-decodes what can be decoded and leaves the rest as it is: never throws on a malformed sequence. */
function decodePercentEscapes(text: string): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false });
  return text.replace(PERCENT_RUN, (run) => utf8.decode(Uint8Array.from(run.slice(1).split('%'), (hex) => parseInt(hex, 16))));
}

/**
 * A request's path as the log may show it: without the query string, percent-decoded (as often as it was
 * encoded, robustly) so that /agent/cases/%2B46709876543 or anna%40example.se is recognised, then redacted.
 */
export function loggablePath(url: string): string {
  let path = url.split(/[?#]/, 1)[0] ?? '';
  for (let i = 0; i < MAX_DECODINGS; i++) {
    const decoded = decodePercentEscapes(path);
    if (decoded === path) break;
    path = decoded;
  }
  return redactText(path);
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
