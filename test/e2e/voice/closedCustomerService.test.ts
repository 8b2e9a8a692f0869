/**
 * Signed phone webhooks while customer service is closed: 0, "prata med någon" and "kundtjänst" never put the
 * caller in a queue nobody answers. They hear the hours and get a callback or a voice message instead; the case
 * carries the deadlines the working calendar counts from that evening. Open on a Monday morning, 0 queues.
 */
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { children, newCallSid, pathOf, spokenText, startVoiceService, twilioPost, twimlOf, type VoiceService } from '../../support/voice';

/** Sunday 29 November 2026, 20:00 in Sweden. */
const SUNDAY_EVENING = new Date('2026-11-29T19:00:00Z');
/** Monday 30 November 2026, 09:30. */
const MONDAY_MORNING = new Date('2026-11-30T08:30:00Z');
/** Julafton, Thursday 24 December 2026, 14:30. */
const JULAFTON = new Date('2026-12-24T13:30:00Z');
/** Friday 7 May 2027, 10:00: a klämdag the municipality closes (CLOSED_DAYS). */
const KLAMDAG = new Date('2027-05-07T08:00:00Z');
const FROM = '+46701234567';

let t: TestDatabase;
let service: VoiceService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url, SUNDAY_EVENING, { CLOSED_DAYS: '2027-05-07' });
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

/** Every TwiML answer of the call, so that a test can say what none of them did. */
async function call(...answers: Record<string, string>[]) {
  const callSid = newCallSid();
  const bodies = [(await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: FROM, CallStatus: 'ringing' })).body];
  for (const answer of answers) {
    const root = twimlOf(bodies[bodies.length - 1]!);
    const asking = [...children(root, 'Gather'), ...children(root, 'Record')][0];
    if (!asking) throw new Error(`nothing is asked: ${bodies[bodies.length - 1]}`);
    const response = await twilioPost(service, pathOf(asking.getAttribute('action')!), { CallSid: callSid, From: FROM, ...answer });
    expect(response.status).toBe(200);
    bodies.push(response.body);
  }
  return { callSid, roots: bodies.map(twimlOf), heard: bodies.map((b) => spokenText(twimlOf(b))) };
}

const enqueues = (roots: ReturnType<typeof twimlOf>[]) => roots.flatMap((r) => children(r, 'Enqueue'));

/** When, what the caller does, and the day customer service opens again. */
const CLOSED_CALLS: [string, Date, Record<string, string>[], string][] = [
  ['Sunday evening, 0 at the menu', SUNDAY_EVENING, [{ Digits: '0' }], 'måndag 30 november'],
  ['Sunday evening, "prata med någon" mid-call', SUNDAY_EVENING, [{ Digits: '1' }, { Digits: '1' }, { SpeechResult: 'prata med någon' }], 'måndag 30 november'],
  ['julafton, 0 at the menu', JULAFTON, [{ Digits: '0' }], 'måndag 28 december'],
  ['a configured klämdag, "kundtjänst"', KLAMDAG, [{ SpeechResult: 'kundtjänst' }], 'måndag 10 maj'],
];

describe('0 while customer service is closed', () => {
  it.each(CLOSED_CALLS)('%s: no <Enqueue>, the hours said, a callback or a voice message offered', async (_name, at, answers, opensAgain) => {
    service.setNow(at);
    const c = await call(...answers);
    expect(enqueues(c.roots)).toEqual([]);
    expect(c.heard[0]).not.toMatch(/tryck 0/);
    const last = c.heard[c.heard.length - 1]!;
    expect(last).toContain('Kundtjänst har stängt nu. Vi har öppet vardagar från klockan 8 till 16 och 30.');
    expect(last).toContain(`Vi öppnar igen ${opensAgain} klockan 8.`);
    expect(last).toContain('För att kundtjänst ska ringa dig, tryck 1. För att lämna ett meddelande, tryck 2.');
    expect(last).not.toMatch(/Vänta kvar|kopplar dig/);
    expect(children(c.roots[c.roots.length - 1]!, 'Gather')).toHaveLength(1);
  });

  it('Sunday evening: the callback is booked for Monday and the case gets the calendar’s deadlines, not now() + 14', async () => {
    service.setNow(SUNDAY_EVENING);
    const c = await call({ Digits: '0' }, { Digits: '1' }, { Digits: '1' }, { Digits: '#' }, { Digits: '1' }, { Digits: '1' }, {});
    expect(enqueues(c.roots)).toEqual([]);
    expect(c.heard[c.heard.length - 2]).toContain('Kundtjänst ringer dig måndag 30 november, på förmiddagen');
    expect(c.heard[c.heard.length - 1]).toContain('Tack för att du hörde av dig');
    expect(children(c.roots[c.roots.length - 1]!, 'Hangup')).toHaveLength(1);
    const cases = await t.db.query<{ status: string; news_due: Date; answer_due: Date; window_start: Date }>(
      `SELECT c.status, c.news_due, c.answer_due, cb.window_start FROM cases c JOIN callback_requests cb ON cb.case_id = c.id WHERE c.source_call_sid = $1`,
      [c.callSid],
    );
    // +14 days is Sunday 13 December, +28 Sunday 27 December: both move to the end of the Monday after.
    expect(cases.rows.map((r) => [r.status, new Date(r.news_due).toISOString(), new Date(r.answer_due).toISOString(), new Date(r.window_start).toISOString()])).toEqual([
      ['incomplete', '2026-12-14T22:59:59.000Z', '2026-12-28T22:59:59.000Z', '2026-11-30T07:00:00.000Z'],
    ]);
  });

  it('Sunday evening: 2 records a voice message, kept for customer service', async () => {
    service.setNow(SUNDAY_EVENING);
    const c = await call({ Digits: '0' }, { Digits: '2' }, { RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE7' });
    expect(enqueues(c.roots)).toEqual([]);
    expect(children(c.roots[2]!, 'Record')).toHaveLength(1);
    const kept = await t.db.query<{ status: string; source_recording_url: string }>('SELECT status, source_recording_url FROM cases WHERE source_call_sid = $1', [c.callSid]);
    expect(kept.rows).toEqual([{ status: 'incomplete', source_recording_url: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE7' }]);
  });

  it('Monday morning: the menu offers 0, and 0 puts the caller in the queue', async () => {
    service.setNow(MONDAY_MORNING);
    const c = await call({ Digits: '0' });
    expect(c.heard[0]).toContain('För att prata med någon i kundtjänst, tryck 0.');
    expect(enqueues(c.roots).map((e) => e.textContent)).toEqual(['kundtjanst']);
  });
});
