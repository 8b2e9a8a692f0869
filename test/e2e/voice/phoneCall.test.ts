import { placeCall } from '../../../src/cli/phoneCall';
import { findCaseWithCallbacks } from '../../../src/intake/caseWithCallbacks';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { PUBLIC_URL, startVoiceService, TEST_TOKEN, type VoiceService } from '../../support/voice';

let t: TestDatabase;
let service: VoiceService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

/** A caller who answers from a script and remembers everything they heard. */
function scriptedCaller(answers: string[]) {
  const heard: string[] = [];
  return {
    heard,
    caller: {
      hear: (text: string) => heard.push(text),
      note: (text: string) => heard.push(`(${text})`),
      answer: async () => answers.shift() ?? null,
    },
  };
}

describe('a whole call with the terminal phone, into the register on PostgreSQL', () => {
  it('goes from pressing 1 to a case number read back, with a callback and an SMS receipt queued', async () => {
    const { heard, caller } = scriptedCaller([
      '1', '1', '1',
      'Personalen glömde ge min mamma hennes medicin i tisdags.',
      '#', // nothing to add
      'På Björkgårdens äldreboende, tisdag kväll.',
      '#', // no consequences told; "min mamma" already said on whose behalf
      '2', '1', 'Karin Andersson', '1',
      '1', '2', // Thursday 26 November, in the afternoon
      '1',
      '', // silence after the case number: the goodbye
    ]);
    const end = await placeCall({ url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: '+46701234567', lang: 'sv', caller });
    expect(end).toBe('ended by service');

    const spoken = heard.join('\n');
    const readBack = /ärendenummer är\n([\d ,]+)\n/.exec(spoken)?.[1];
    expect(readBack).toBeDefined();
    const reference = readBack!.replace(/, /, '-').replace(/ /g, '');
    const { case: c, callbacks, events } = await findCaseWithCallbacks(t.db, reference);
    expect(c).toMatchObject({
      status: 'registered',
      kind: 'klagomal',
      area: 'aldreomsorg',
      channel: 'phone',
      what: 'Personalen glömde ge min mamma hennes medicin i tisdags.',
      whenWhere: 'På Björkgårdens äldreboende, tisdag kväll.',
      consequences: null,
      onBehalf: 'relative',
      anonymous: false,
      replyMethod: 'phone',
      contact: { name: 'Karin Andersson', phone: '+46701234567', email: null },
    });
    expect(c.source.callSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(callbacks).toEqual([expect.objectContaining({ phone: '+46701234567', window: 'afternoon', status: 'pending' })]);
    // Wednesday 25 November → Thursday 26 November, 13:00 Swedish time.
    expect(callbacks[0]!.windowStart.toISOString()).toBe('2026-11-26T12:00:00.000Z');
    // Forgotten medicine flags the case serious; with no unit, managers or admins' address here, the history says
    // nobody could be told (the serious list has it).
    expect(c.serious).toBe(true);
    expect(events.map((e) => e.action)).toEqual(['registered', 'receipt_queued', 'serious_notified', 'callback_requested']);
    const receipts = await t.db.query<{ recipient: string; body: string; status: string }>(
      'SELECT recipient, body, status FROM outbox_messages WHERE case_id = $1',
      [c.id],
    );
    expect(receipts.rows).toEqual([{ recipient: '+46701234567', body: expect.stringContaining(reference), status: 'pending' }]);
    expect(spoken).toMatch(/14 dagar/);
    expect(spoken).toMatch(/IVO/);
    // The number is said twice at the end, after everything else, and the goodbye comes after a moment for *.
    expect(spoken.split('ärendenummer är').length - 1).toBe(1);
    expect(spoken).toMatch(/Jag upprepar:\n[\d ,]+\nFör att höra numret igen, tryck stjärna\.\nTack för att du hörde av dig/);
  });

  it('writes no personal data to the log during a whole call', async () => {
    const { caller } = scriptedCaller([
      '1', '3', '2', 'Assistenten Ali', 'Hon var så snäll mot min son.', '#', '2', '1', 'Sven Svensson', '2', '0731234567#', '1', '1', '1', '1', '*', '',
    ]);
    await placeCall({ url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: '+46709876543', lang: 'sv', caller });
    const log = service.logLines.join('');
    expect(log).toContain('/voice/answer');
    for (const secret of ['+46709876543', '0709876543', '0731234567', '+46731234567', 'Sven', 'Assistenten Ali']) {
      expect(log).not.toContain(secret);
    }
  });

  it('speaks English for the rest of the call after 9', async () => {
    const { heard, caller } = scriptedCaller(['0', 'svara']);
    const end = await placeCall({ url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: '+46701234567', lang: 'en', caller });
    expect(heard.join(' ')).toMatch(/complaint|praise|suggestion/i);
    // The queue's wait is in the caller's language too.
    expect(heard).toContain('You are first in the queue.');
    expect(end).toBe('reached a person');
  });
});
