import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database';
import { registerCase } from '../../src/intake/registration';
import { deadlinesNow } from './calendar';
import { phoneComplaint } from './cases';

/** A resident's data in every table a register extract reads: two of them with similar data stay apart. */
export interface Resident {
  name: string;
  phone: string;
  email: string;
  address: string;
  /** The words of their complaint and their chat, to look for after an erasure. */
  secretWords: string;
  phoneCaseId: number;
  phoneCaseReference: string;
  chatCaseId: number;
  callSid: string;
  conversationId: string;
}

const callSid = () => `CA${randomBytes(16).toString('hex')}`;
const conversationId = () => `dl-${randomBytes(16).toString('base64url')}`;

/**
 * Registers a phone complaint with a callback and a chat complaint, and writes what the service's other parts
 * would: the engine's sessions (number and e-mail inside the state), the chat transcript and a file, outbox
 * messages, the phone queue's row and a voice message kept only here.
 */
export async function seedResident(db: Database, r: Pick<Resident, 'name' | 'phone' | 'email' | 'address' | 'secretWords'>): Promise<Resident> {
  const sid = callSid();
  const chatId = conversationId();
  const phoneCase = await registerCase(db, phoneComplaint({
    what: `Hemtjänsten kom inte. ${r.secretWords}`,
    replyMethod: 'phone',
    contact: { name: r.name, phone: r.phone, email: r.email },
    source: { callSid: sid, conversationId: null, recordingUrl: `https://api.twilio.com/2010-04-01/Accounts/AC${'1'.repeat(32)}/Recordings/RE${randomBytes(16).toString('hex')}`, agent: null },
    callback: { phone: r.phone, window: 'morning', windowStart: new Date('2026-11-26T07:00:00Z'), windowEnd: new Date('2026-11-26T11:00:00Z') },
  }), 'resident:phone', deadlinesNow());
  await db.query('UPDATE cases SET contact_address = $2 WHERE id = $1', [phoneCase.case.id, r.address]);
  const chatCase = await registerCase(db, phoneComplaint({
    channel: 'chat',
    what: `Maten på boendet var kall. ${r.secretWords}`,
    replyMethod: 'email',
    contact: { name: r.name, phone: null, email: r.email },
    source: { callSid: null, conversationId: chatId, recordingUrl: null, agent: null },
    callback: null,
  }), 'resident:chat', deadlinesNow());

  await db.query(
    `INSERT INTO conversation_sessions (id, channel, state, caller_phone, case_id) VALUES
       ($1, 'phone', $2, $3, $4), ($5, 'chat', $6, NULL, $7)`,
    [sid, JSON.stringify({ answers: { phone: r.phone, what: r.secretWords } }), r.phone, phoneCase.case.id,
     chatId, JSON.stringify({ answers: { email: r.email, name: r.name } }), chatCase.case.id],
  );
  // A chat that never became a case: found by the e-mail inside its state.
  const looseChat = conversationId();
  await db.query(`INSERT INTO conversation_sessions (id, channel, state) VALUES ($1, 'chat', $2)`, [looseChat, JSON.stringify({ answers: { email: r.email } })]);
  for (const id of [chatId, looseChat]) {
    await db.query('INSERT INTO chat_conversations (id, last_seq) VALUES ($1, 2)', [id]);
    await db.query(
      `INSERT INTO chat_activities (conversation_id, seq, from_role, activity) VALUES ($1, 1, 'user', $2), ($1, 2, 'bot', $3)`,
      [id, JSON.stringify({ type: 'message', text: `Jag heter ${r.name}, ${r.email}. ${r.secretWords}` }), JSON.stringify({ type: 'message', text: 'Tack!' })],
    );
  }
  await db.query(
    `INSERT INTO chat_attachments (conversation_id, name, content_type, size, content) VALUES ($1, 'beslut.pdf', 'application/pdf', 4, '\\x25504446'::bytea)`,
    [chatId],
  );
  await db.query(
    `INSERT INTO outbox_messages (kind, case_id, recipient, body, payload) VALUES ('sms', $1, $2, $3, $4)`,
    [phoneCase.case.id, r.phone, `Hej ${r.name}, ditt ärende ${phoneCase.case.reference}.`, JSON.stringify({ to: r.phone })],
  );
  await db.query(
    `INSERT INTO outbox_messages (kind, case_id, recipient, subject, body, language) VALUES ('email', $1, $2, 'Ditt ärende', $3, 'sv')`,
    [chatCase.case.id, r.email, `Hej ${r.name}! ${r.secretWords}`],
  );
  await db.query(
    `INSERT INTO outbox_messages (kind, case_id, recipient, body) VALUES ('letter', $1, $2, $3)`,
    [phoneCase.case.id, `${r.name}\n${r.address}`, `Svar på ditt klagomål. ${r.secretWords}`],
  );
  await db.query(
    `INSERT INTO queue_callers (call_sid, entered_at, language, case_id, status) VALUES ($1, now(), 'sv', $2, 'left')`,
    [sid, phoneCase.case.id],
  );
  await db.query(
    `INSERT INTO voice_recordings (recording_sid, account_sid, call_sid, status, audio, content_type, byte_length, sha256, copied_at, deleted_at_twilio)
     VALUES ($1, $2, $3, 'stored', '\\x00'::bytea, 'audio/wav', 1, $4, now(), now())`,
    [`RE${randomBytes(16).toString('hex')}`, `AC${'1'.repeat(32)}`, sid, 'a'.repeat(64)],
  );
  return {
    ...r,
    phoneCaseId: phoneCase.case.id,
    phoneCaseReference: phoneCase.case.reference,
    chatCaseId: chatCase.case.id,
    callSid: sid,
    conversationId: chatId,
  };
}

/** Two residents with confusingly similar data: same name, neighbouring numbers, near-identical e-mails. */
export const KARIN = { name: 'Karin Andersson', phone: '+46701234567', email: 'karin.andersson@example.se', address: 'Storgatan 1, 901 84 Umeå', secretWords: 'Grannen Olle slog mig' };
export const KARIN_TOO = { name: 'Karin Andersson', phone: '+46701234568', email: 'karin.anderson@example.se', address: 'Storgatan 11, 901 84 Umeå', secretWords: 'Doktorn Bertil glömde medicinen' };
