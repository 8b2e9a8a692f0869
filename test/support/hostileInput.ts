import fc from 'fast-check';
import type { Queryable } from '../../src/db/database';

/**
 * What real clients, broken networks and attackers send where the service expects text: NUL, halves of UTF-16
 * surrogate pairs (a cut-off emoji), percent-sequences, personal data, huge strings and arbitrary code units.
 */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const nasty = fc.constantFrom(
  '\u0000', 'ok \ud83d', '\udc00', 'a\u0000b', '\ud83d\ude00', '%00', '%', '%E0%A4%A', '%ZZ', '%252B46709876543', '../../etc/passwd',
  '<script>alert(1)</script>', '19650312-4417', '+46709876543', 'anna@example.se', '', ' ', '\r\n', '__proto__', 'constructor', '1', '0', '#', '*',
);
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 3, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 5, arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom('\u0000', '\ud83d', '\ude00', '\udbff'), fc.string({ maxLength: 12 })).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 8_001, max: 40_000 }).map((n) => 'å'.repeat(n)) },
);

/** What arrives where a string is expected: a hostile string most often, else any other JSON shape. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/**
 * A usable object (so a request gets past its first checks) with one or two fields replaced by hostile values,
 * sometimes one left out and sometimes a key of its own added. Nested shapes are corrupted the same way.
 */
export function corrupted(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  return fc
    .tuple(
      fc.record(fields),
      fc.uniqueArray(fc.constantFrom(...keys), { minLength: 0, maxLength: 2 }),
      fc.array(hostileValue, { minLength: 2, maxLength: 2 }),
      fc.option(fc.constantFrom(...keys), { freq: 5 }),
      fc.dictionary(hostileString, hostileValue, { maxKeys: 1 }),
    )
    .map(([usable, replaced, values, dropped, extra]) => {
      const out: Record<string, unknown> = { ...extra, ...usable };
      replaced.forEach((key, i) => (out[key] = values[i]));
      if (dropped !== null) delete out[dropped];
      return out;
    });
}

export interface RawBody {
  contentType: string | null;
  body: string | undefined;
}

const MALFORMED_JSON = ['{"text": "a', '{"a":1}}', '\u0000', 'null', '"just a string"', '[]', '{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {}}}', '', '{"text": "\\ud83d"}', '{"text": "\\u0000"}'];

/**
 * A body as a client might send it: JSON of the shape (most often), malformed JSON, the same data as a form or in
 * another content type, or nothing at all.
 */
export function hostileBody(shape: fc.Arbitrary<unknown>): fc.Arbitrary<RawBody> {
  return fc.oneof(
    { weight: 8, arbitrary: shape.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) })) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON).map((body) => ({ contentType: 'application/json', body })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(shape, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', 'application/octet-stream'))
        .map(([v, contentType]) => ({ contentType, body: contentType.includes('urlencoded') ? formOf(v) : JSON.stringify(v) })),
    },
    { weight: 1, arbitrary: fc.constant({ contentType: null, body: undefined }) },
  );
}

/** Percent-encodes anything, halves of surrogate pairs too (as the bytes a broken client would send for them). */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i]!);
    }
  }
  return out;
}

/** A path segment: percent-encoded most often, sometimes sent raw (malformed sequences and all). */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(percentEncode) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%ED%A0%BD', '..', '%2e%2e', '%2F', 'x%2Fy') },
);

/** A query string of the given keys and strange ones (key[x], key[], repeated keys), with hostile values. */
export function hostileQuery(keys: string[], usable: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<string> {
  const key = fc.oneof(
    fc.constantFrom(...keys),
    fc.constantFrom(...keys).map((k) => `${k}[x]`),
    fc.constantFrom(...keys).map((k) => `${k}[]`),
    fc.constantFrom('__proto__', '__proto__[x]', 'constructor[prototype][x]'),
    hostileString.map(percentEncode),
  );
  const pair = fc.oneof(
    ...Object.entries(usable).map(([k, v]) => v.map((value) => `${k}=${percentEncode(value)}`)),
    fc.tuple(key, hostileSegment).map(([k, v]) => `${k}=${v}`),
  );
  return fc.array(pair, { maxLength: 4 }).map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));
}

export function formOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return percentEncode(String(value));
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`)
    .join('&');
}

/**
 * Every table's rows, summed up as a count and a checksum: equal before and after a refused request means the
 * request wrote nothing, not even half of something.
 */
export async function databaseFingerprint(db: Queryable, except: string[] = []): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1::text[])) ORDER BY tablename',
    [except],
  );
  if (tables.rows.length === 0) return {};
  const sql = tables.rows
    .map(({ name }) => `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) AS sum FROM "${name}" t`)
    .join(' UNION ALL ');
  const result = await db.query<{ name: string; sum: string }>(sql);
  return Object.fromEntries(result.rows.map((r) => [r.name, r.sum]));
}
