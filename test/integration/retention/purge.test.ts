import { randomBytes } from 'node:crypto';
import { startTwilioApiStandIn, type TwilioApiStandIn } from '../../../src/cli/twilioApiStandIn';
import type { Database, Queryable } from '../../../src/db/database';
import { openPostgres } from '../../../src/db/postgres';
import { DEFAULT_RECORDS_PLAN, type RecordClass, type RecordsPlan } from '../../../src/domain';
import { twilioRecordingsApi } from '../../../src/recordings/twilioRecordingsApi';
import { runPurge, type ClassOutcome, type PurgeReport } from '../../../src/retention/purge';
import { purgeIsDue } from '../../../src/retention/purgeLoop';
import { CLASS_STORES } from '../../../src/retention/recordClasses';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ACCOUNT = `AC${'2'.repeat(32)}`;
const TOKEN = 'the-purge-tests-auth-token';
const NOW = new Date('2026-11-30T02:00:00Z');
const clock = () => NOW;
const OLD = '2026-08-01T10:00:00Z';
const RECENT = '2026-11-25T10:00:00Z';

/** The person whose old data must go, and the one whose recent data must stay. */
const OLD_PERSON = { name: 'Gunnel Gammalsdotter', phone: '+46700000101', email: 'gunnel.gammal@example.se', address: 'Gamla vägen 1, 123 45 Orten' };
const NEW_PERSON = { name: 'Nils Nyström', phone: '+46700000202', email: 'nils.ny@example.se', address: 'Nya gatan 2, 123 45 Orten' };
const SUBSTANCE = 'Hemtjänsten kom aldrig på tisdagen.';

const PLAN: RecordsPlan = {
  sessions: { keepDays: 30, decision: 'KS 2026/11 § 1' },
  transcripts: { keepDays: 30, decision: 'KS 2026/11 § 2' },
  outbox: { keepDays: 30, decision: 'KS 2026/11 § 3' },
  recordings: { keepDays: 30, decision: 'KS 2026/11 § 4' },
  loginFailures: { keepDays: 1, decision: 'KS 2026/11 § 5' },
  accessLog: { keepDays: 30, decision: 'KS 2026/11 § 6' },
  queueCallers: { keepDays: 30, decision: 'KS 2026/11 § 7' },
  closedCases: { keepDays: 5 * 365, decision: 'KS 2026/11 § 8' },
};

let twilio: TwilioApiStandIn;
const dbs: TestDatabase[] = [];

beforeAll(async () => {
  twilio = await startTwilioApiStandIn({ accountSid: ACCOUNT, authToken: TOKEN });
});
afterAll(async () => {
  await twilio.close();
  await Promise.all(dbs.map((t) => t.drop()));
});

async function freshDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  dbs.push(t);
  return t;
}

const api = () => twilioRecordingsApi({ accountSid: ACCOUNT, authToken: TOKEN, apiBaseUrl: twilio.url });
const purge = (db: Database, dryRun: boolean, extra: { plan?: RecordsPlan; batchSize?: number; withApi?: boolean } = {}) =>
  runPurge({ db, plan: extra.plan ?? PLAN, clock, recordingsApi: extra.withApi === false ? null : api(), batchSize: extra.batchSize }, { dryRun });
const counts = (r: PurgeReport) => Object.fromEntries((r as Extract<PurgeReport, { ran: true }>).classes.map((c: ClassOutcome) => [c.recordClass, c.count])) as Record<RecordClass, number>;

let caseNumber = 0;
async function insertCase(db: Queryable, c: { status: string; registeredAt: string; person: typeof OLD_PERSON; eventsAt: string[] }): Promise<number> {
  caseNumber++;
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO cases (reference, status, kind, area, channel, what, anonymous, reply_method, contact_name, contact_phone, contact_email,
       contact_address, language, registered_at, news_due, answer_due, updated_at)
     VALUES ($1, $2, 'klagomal', 'aldreomsorg', 'phone', $3, false, 'phone', $4, $5, $6, $7, 'sv', $8, $8::timestamptz + interval '14 days',
       $8::timestamptz + interval '28 days', $8) RETURNING id`,
    [`2019-${String(caseNumber).padStart(5, '0')}`, c.status, SUBSTANCE, c.person.name, c.person.phone, c.person.email, c.person.address, c.registeredAt],
  );
  const id = rows[0]!.id;
  for (const at of c.eventsAt) {
    await db.query(`INSERT INTO case_events (case_id, at, actor, action, details) VALUES ($1, $2, 'system', 'status_changed', '{"to": "closed"}')`, [id, at]);
  }
  return id;
}

const chatId = () => `dl-${randomBytes(16).toString('base64url')}`;
const callSid = () => `CA${randomBytes(16).toString('hex')}`;

/** One person's trail through every class, at `at`. Answers the recording sids it made. */
async function seedTrail(db: Queryable, person: typeof OLD_PERSON, at: string, caseId: number, agentId: number): Promise<{ stored: string; atTwilio: string }> {
  const state = JSON.stringify({ answers: { name: person.name, phone: person.phone, email: person.email } });
  await db.query(
    `INSERT INTO conversation_sessions (id, channel, state, caller_phone, case_id, ended_at, created_at, updated_at) VALUES ($1, 'phone', $2, $3, $4, $5, $5, $5)`,
    [callSid(), state, person.phone, caseId, at],
  );
  const chat = chatId();
  await db.query('INSERT INTO chat_conversations (id, last_seq, created_at, updated_at) VALUES ($1, 2, $2, $2)', [chat, at]);
  for (const [seq, text] of [[1, `Jag heter ${person.name}`], [2, `Ring mig på ${person.phone}`]] as const) {
    await db.query(`INSERT INTO chat_activities (conversation_id, seq, from_role, activity, created_at) VALUES ($1, $2, 'user', $3, $4)`, [
      chat, seq, JSON.stringify({ id: `${chat}|${seq}`, type: 'message', text }), at,
    ]);
  }
  await db.query(
    `INSERT INTO outbox_messages (kind, case_id, recipient, body, payload, status, sent_at, created_at, updated_at)
     VALUES ('sms', $1, $2, $3, $4, 'sent', $5, $5, $5)`,
    [caseId, person.phone, `Hej ${person.name}, vi har tagit emot ditt ärende.`, JSON.stringify({ to: person.phone }), at],
  );
  const stored = `RE${randomBytes(16).toString('hex')}`;
  await db.query(
    `INSERT INTO voice_recordings (recording_sid, account_sid, call_sid, status, audio, content_type, byte_length, sha256, copied_at, deleted_at_twilio, created_at)
     VALUES ($1, $2, $3, 'stored', $4, 'audio/wav', 4, $5, $6, $6, $6)`,
    [stored, ACCOUNT, callSid(), Buffer.from('RIFF'), 'a'.repeat(64), at],
  );
  const atTwilio = twilio.addRecording();
  await db.query(`INSERT INTO voice_recordings (recording_sid, account_sid, call_sid, status, created_at) VALUES ($1, $2, $3, 'copy_failed', $4)`, [atTwilio, ACCOUNT, callSid(), at]);
  await db.query(`INSERT INTO agent_login_throttle (scope, address, username, attempts, window_start) VALUES ('pair', $1, $2, 3, $3)`, [
    `10.0.0.${person === OLD_PERSON ? 1 : 2}`, person.email.split('@')[0]!.replace(/[^a-z]/g, ''), person === OLD_PERSON ? at : '2026-11-30T01:00:00Z',
  ]);
  await db.query('INSERT INTO case_access_log (agent_id, case_id, action, at) VALUES ($1, $2, $3, $4)', [agentId, caseId, 'read', at]);
  await db.query(`INSERT INTO queue_callers (call_sid, entered_at, language, case_id, status, left_at) VALUES ($1, $2, 'sv', $3, 'left', $2)`, [callSid(), at, caseId]);
  return { stored, atTwilio };
}

interface World {
  oldCase: number;
  newCase: number;
  old: { stored: string; atTwilio: string };
  recent: { stored: string; atTwilio: string };
}

async function seedWorld(db: Queryable): Promise<World> {
  const { rows } = await db.query<{ id: number }>(`INSERT INTO agents (username, role, password_hash) VALUES ('admin', 'admin', 'scrypt$x') RETURNING id`);
  const agentId = rows[0]!.id;
  const oldCase = await insertCase(db, { status: 'closed', registeredAt: '2019-03-01T10:00:00Z', person: OLD_PERSON, eventsAt: ['2019-03-01T10:00:00Z', '2019-05-01T10:00:00Z'] });
  const newCase = await insertCase(db, { status: 'investigating', registeredAt: '2026-11-20T10:00:00Z', person: NEW_PERSON, eventsAt: ['2026-11-20T10:00:00Z'] });
  const old = await seedTrail(db, OLD_PERSON, OLD, oldCase, agentId);
  const recent = await seedTrail(db, NEW_PERSON, RECENT, newCase, agentId);
  // Each case came from the call its recording Twilio still holds was left in.
  for (const [id, sid] of [[oldCase, old.atTwilio], [newCase, recent.atTwilio]] as const) {
    await db.query(
      `UPDATE cases SET source_call_sid = v.call_sid, source_recording_url = 'https://api.twilio.com/2010-04-01/Accounts/' || v.account_sid || '/Recordings/' || v.recording_sid
       FROM voice_recordings v WHERE cases.id = $1 AND v.recording_sid = $2`,
      [id, sid],
    );
  }
  // A chat still open long ago but never finished, and a message still waiting to go: neither is due.
  await db.query(`INSERT INTO conversation_sessions (id, channel, state, created_at, updated_at) VALUES ($1, 'chat', '{}', $2, $2)`, ['open-session', OLD]);
  await db.query(`INSERT INTO outbox_messages (kind, recipient, body, status, created_at) VALUES ('sms', $1, 'väntar', 'pending', $2)`, [NEW_PERSON.phone, OLD]);
  return { oldCase, newCase, old, recent };
}

/** Every user table of the database, with how many of its rows mention `needle` anywhere (jsonb and text alike). */
async function mentions(db: Queryable, needle: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const found: Record<string, number> = {};
  for (const { table_name } of rows) {
    const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE '%' || $1 || '%'`, [needle]);
    if (r.rows[0]!.n > 0) found[table_name] = r.rows[0]!.n;
  }
  return found;
}

/** Row counts of every table: what a run changed. */
async function tableSizes(db: Queryable): Promise<Record<string, number>> {
  const { rows } = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'disposal_log' ORDER BY 1`);
  const sizes: Record<string, number> = {};
  for (const { table_name } of rows) sizes[table_name] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`)).rows[0]!.n;
  return sizes;
}

const EXPECTED_DUE = { sessions: 1, transcripts: 2, outbox: 1, recordings: 2, loginFailures: 1, accessLog: 1, queueCallers: 1, closedCases: 1 };

describe('the records plan\'s purge (gallring)', () => {
  let t: TestDatabase;
  let world: World;
  beforeAll(async () => {
    t = await freshDatabase();
    world = await seedWorld(t.db);
  });

  it('lists in a dry run what would go, with the oldest date, and removes nothing', async () => {
    const before = await tableSizes(t.db);
    const report = await purge(t.db, true);
    expect(counts(report)).toEqual(EXPECTED_DUE);
    const sessions = (report as Extract<PurgeReport, { ran: true }>).classes.find((c) => c.recordClass === 'sessions')!;
    expect(sessions.oldest).toEqual(new Date(OLD));
    expect(await tableSizes(t.db)).toEqual(before);
    expect(twilio.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM disposal_log WHERE dry_run');
    expect(rows[0]!.n).toBe(8);
  });

  it('removes every trace of the purged classes and keeps the case\'s substance and history', async () => {
    const report = await purge(t.db, false);
    expect(counts(report)).toEqual(EXPECTED_DUE);

    // The old person is in no table at all any more: not in sessions' state, transcripts, outbox payloads, the case.
    for (const needle of Object.values(OLD_PERSON)) expect(await mentions(t.db, needle)).toEqual({});
    // The recent person's data all stays.
    expect(await mentions(t.db, NEW_PERSON.phone)).toEqual({ cases: 1, chat_activities: 1, conversation_sessions: 1, outbox_messages: 2 });

    const { rows: [oldCase] } = await t.db.query<{ what: string; status: string; contact_name: string | null; reply_method: string }>(
      'SELECT what, status, contact_name, reply_method FROM cases WHERE id = $1', [world.oldCase],
    );
    expect(oldCase).toEqual({ what: SUBSTANCE, status: 'closed', contact_name: null, reply_method: 'phone' });
    // The case no longer points to a recording that is gone; the recent one still does.
    const { rows: links } = await t.db.query<{ id: number; link: string | null }>('SELECT id, source_recording_url AS link FROM cases ORDER BY id');
    expect(links).toEqual([{ id: world.oldCase, link: null }, { id: world.newCase, link: expect.stringContaining(world.recent.atTwilio) }]);
    const { rows: history } = await t.db.query<{ action: string; details: Record<string, unknown>; at: Date }>('SELECT action, details, at FROM case_events WHERE case_id = $1 ORDER BY id', [world.oldCase]);
    expect(history.map((h) => h.action)).toEqual(['status_changed', 'status_changed', 'contact_anonymised']);
    expect(history[2]).toMatchObject({ details: { decision: 'KS 2026/11 § 8' }, at: NOW });
    // What was not due stays: the open session, the pending message.
    expect((await t.db.query(`SELECT 1 FROM conversation_sessions WHERE id = 'open-session'`)).rowCount).toBe(1);
    expect((await t.db.query(`SELECT 1 FROM outbox_messages WHERE status = 'pending'`)).rowCount).toBe(1);
  });

  it('deletes a recording Twilio still holds at Twilio, with the account\'s credentials, and leaves Twilio\'s deleted ones alone', () => {
    const deletes = twilio.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => [r.path.slice(r.path.lastIndexOf('/') + 1), r.authorized])).toEqual([[`${world.old.atTwilio}.json`, true]]);
    expect(twilio.has(world.old.atTwilio)).toBe(false);
    expect(twilio.has(world.recent.atTwilio)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const before = await tableSizes(t.db);
    const { rows: casesBefore } = await t.db.query('SELECT * FROM cases ORDER BY id');
    const report = await purge(t.db, false);
    expect(Object.values(counts(report)).every((n) => n === 0)).toBe(true);
    expect(await tableSizes(t.db)).toEqual(before);
    expect((await t.db.query('SELECT * FROM cases ORDER BY id')).rows).toEqual(casesBefore);
  });

  it('logs counts, dates and decisions only: no name, number or address of anyone', async () => {
    const { rows } = await t.db.query<{ line: string }>('SELECT d::text AS line FROM disposal_log d');
    expect(rows.length).toBe(8 * 3);
    for (const needle of [...Object.values(OLD_PERSON), ...Object.values(NEW_PERSON), world.old.atTwilio, world.old.stored]) {
      expect(rows.filter((r) => r.line.toLowerCase().includes(needle.toLowerCase()))).toEqual([]);
    }
    const { rows: real } = await t.db.query<{ record_class: string; count: number; decision: string }>(
      'SELECT record_class, sum(count)::int AS count, min(decision) AS decision FROM disposal_log WHERE NOT dry_run GROUP BY 1 ORDER BY 1',
    );
    expect(Object.fromEntries(real.map((r) => [r.record_class, r.count]))).toEqual(EXPECTED_DUE);
    expect(real.find((r) => r.record_class === 'sessions')!.decision).toBe('KS 2026/11 § 1');
  });

  it('is due again a day after the last run, not before', async () => {
    expect(await purgeIsDue({ db: t.db, clock: () => new Date(NOW.getTime() + 60 * 60_000) })).toBe(false);
    expect(await purgeIsDue({ db: t.db, clock: () => new Date(NOW.getTime() + 24 * 60 * 60_000) })).toBe(true);
  });
});

describe('a recording Twilio still holds, without credentials', () => {
  it('is kept here, and said so, until Twilio can be told to delete it', async () => {
    const t = await freshDatabase();
    const world = await seedWorld(t.db);
    const report = await purge(t.db, false, { withApi: false });
    const recordings = (report as Extract<PurgeReport, { ran: true }>).classes.find((c) => c.recordClass === 'recordings')!;
    expect(recordings).toMatchObject({ count: 1, keptAtTwilio: 1 });
    expect((await t.db.query('SELECT 1 FROM voice_recordings WHERE recording_sid = $1', [world.old.atTwilio])).rowCount).toBe(1);
  });
});

describe('chat transcripts', () => {
  it('go batch after batch, however few messages a batch finds; a chat with a file keeps the file for its case', async () => {
    const t = await freshDatabase();
    const chats = Array.from({ length: 7 }, chatId);
    for (const id of chats) {
      await t.db.query('INSERT INTO chat_conversations (id, last_seq, created_at, updated_at) VALUES ($1, 2, $2, $2)', [id, OLD]);
      for (const seq of [1, 2]) {
        await t.db.query(`INSERT INTO chat_activities (conversation_id, seq, from_role, activity, created_at) VALUES ($1, $2, 'user', $3, $4)`, [id, seq, JSON.stringify({ text: OLD_PERSON.name }), OLD]);
      }
    }
    await t.db.query(`INSERT INTO chat_attachments (conversation_id, name, content_type, size, content) VALUES ($1, 'beslut.pdf', 'application/pdf', 4, '\\x25504446')`, [chats[3]]);
    // A chat nothing was ever said in.
    await t.db.query('INSERT INTO chat_conversations (id, created_at, updated_at) VALUES ($1, $2, $2)', [chatId(), OLD]);

    // 20 messages a batch: two chats, four messages, each time.
    const report = await purge(t.db, false, { batchSize: 20 });
    expect(counts(report).transcripts).toBe(14);
    expect(await mentions(t.db, OLD_PERSON.name)).toEqual({});
    expect((await t.db.query('SELECT id FROM chat_conversations')).rows).toEqual([{ id: chats[3] }]);
    expect((await t.db.query('SELECT name FROM chat_attachments')).rows).toEqual([{ name: 'beslut.pdf' }]);
  });
});

describe('two instances purging at once', () => {
  it('remove each row once, and the disposal log adds up to what was removed', async () => {
    const t = await freshDatabase();
    const many = 1200;
    await t.db.query(
      `INSERT INTO conversation_sessions (id, channel, state, caller_phone, ended_at, created_at, updated_at)
       SELECT 'CA' || md5(i::text), 'phone', jsonb_build_object('phone', $1::text), $1, $2, $2, $2 FROM generate_series(1, $3) i`,
      [OLD_PERSON.phone, OLD, many],
    );
    const other = openPostgres(t.url, { max: 4 });
    try {
      const plan = { ...DEFAULT_RECORDS_PLAN, sessions: { keepDays: 30, decision: 'KS 2026/11 § 1' } };
      const [a, b] = await Promise.all([purge(t.db, false, { plan, batchSize: 100 }), purge(other, false, { plan, batchSize: 100 })]);
      const removed = [a, b].filter((r) => r.ran).map((r) => counts(r).sessions);
      expect(removed.reduce((x, y) => x + y, 0)).toBe(many);
      expect([a, b].filter((r) => !r.ran)).toHaveLength(removed.length === 2 ? 0 : 1);
      expect((await t.db.query('SELECT 1 FROM conversation_sessions')).rowCount).toBe(0);
      const { rows } = await t.db.query<{ n: number }>(`SELECT sum(count)::int AS n FROM disposal_log WHERE NOT dry_run AND record_class = 'sessions'`);
      expect(rows[0]!.n).toBe(many);

      // Without the lease (had it expired mid-run), the batches themselves never remove a row twice.
      await t.db.query(`INSERT INTO conversation_sessions (id, channel, state, ended_at) SELECT 'CB' || md5(i::text), 'chat', '{}', $1 FROM generate_series(1, $2) i`, [OLD, many]);
      const drain = async (db: Database) => {
        let total = 0;
        for (let n = -1; n !== 0; total += n) n = await CLASS_STORES.sessions.batch(db, new Date(RECENT), 50, { at: NOW, decision: 'x' });
        return total;
      };
      const [x, y] = await Promise.all([drain(t.db), drain(other)]);
      expect(x + y).toBe(many);
      expect((await t.db.query('SELECT 1 FROM conversation_sessions')).rowCount).toBe(0);
    } finally {
      await other.close();
    }
  });
});
