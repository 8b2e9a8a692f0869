import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Database } from '../../../src/db/database';
import { openPglite } from '../../../src/db/pglite';
import { cleanStorableText, isStorableText } from '../../../src/db/storableText';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * The edges refuse exactly what PostgreSQL cannot keep: checked against the server and the embedded database, with
 * strings of arbitrary UTF-16 code units (NUL and halves of surrogate pairs included).
 */
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xfffd),
).map((c) => String.fromCharCode(c));
const anyText = fc.string({ unit: codeUnit, maxLength: 12 });

/** Whether the database keeps the string exactly, as text and inside jsonb (as sessions and transcripts do). */
async function keptExactly(db: Database, text: string): Promise<boolean> {
  try {
    const result = await db.query<{ t: string; j: { s: string } }>('SELECT $1::text AS t, $2::jsonb AS j', [text, JSON.stringify({ s: text })]);
    const row = result.rows[0]!;
    return row.t === text && row.j.s === text;
  } catch {
    return false;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-storable-'));
let server: TestDatabase;
let embedded: Database;
beforeAll(async () => {
  server = await createTestDatabase({ migrated: false });
  embedded = await openPglite(dir);
});
afterAll(async () => {
  await server?.drop();
  await embedded?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// The service runs on either database, so the check refuses exactly what one of them cannot keep exactly: a
// byte-order mark first in the text is kept by the server and dropped by the embedded database's decoding.
it('refuses exactly what the server or the embedded database cannot keep exactly', async () => {
  expect(await keptExactly(server.db, '\ufeffhej')).toBe(true);
  expect(await keptExactly(embedded, '\ufeffhej')).toBe(false);
  expect([isStorableText('\ufeffhej'), isStorableText('hej\ufeff'), cleanStorableText('\ufeffhej')]).toEqual([false, true, 'hej']);
  await fc.assert(
    fc.asyncProperty(fc.oneof(anyText, anyText.map((t) => `\ufeff${t}`)), async (text) => {
      expect(isStorableText(text)).toBe((await keptExactly(server.db, text)) && (await keptExactly(embedded, text)));
    }),
    { numRuns: 200 },
  );
});

describe.each([
  ['PostgreSQL', () => server.db],
  ['PGlite', () => embedded],
])('on %s', (_name, database) => {
  it.each([
    ['ok \ud83d', false],
    ['\udc00 ok', false],
    ['a\u0000b', false],
    ['\ud83d\ude00 hej', true],
    ['åäö \ufffd', true],
    ['', true],
  ])('%j is storable: %s', async (text, storable) => {
    expect(isStorableText(text)).toBe(storable);
    expect(await keptExactly(database(), text)).toBe(storable);
  });

  it('refuses what the database cannot keep exactly', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        if (isStorableText(text)) expect(await keptExactly(database(), text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('cleans any text into text the database keeps', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const cleaned = cleanStorableText(text);
        expect(isStorableText(cleaned)).toBe(true);
        expect(await keptExactly(database(), cleaned)).toBe(true);
        if (isStorableText(text)) expect(cleaned).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
