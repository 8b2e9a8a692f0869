/**
 * Builds a register of `count` cases over five years (2022 to now) by set-based SQL through the real schema, as
 * the service would have written it: cases and their numbers, their history, callbacks and attempts, the outbox,
 * conversation sessions and chat transcripts. Random but realistic spread; most old cases closed or answered.
 */
import type { Client } from 'pg';

/** A few dozen units (enheter): services × districts, each service a verksamhet above its six enheter. */
const SERVICES = ['Hemtjänst', 'Särskilt boende', 'Gruppbostad', 'Daglig verksamhet', 'Socialtjänst', 'Hemsjukvård'];
const DISTRICTS = ['Norr', 'Söder', 'Öster', 'Väster', 'Centrum', 'Hamnen'];
export const BENCH_UNITS = SERVICES.flatMap((s) => DISTRICTS.map((d) => `${s} ${d}`));
/** The verksamheter above the enheter: "Hemtjänst (verksamhet)" above Hemtjänst Norr … Hemtjänst Hamnen. */
export const BENCH_VERKSAMHETER = SERVICES.map((s) => `${s} (verksamhet)`);

/** Residents' names as a register has them: a few hundred first names and surnames make a million plausible people. */
const FIRST_NAMES = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Kristina', 'Lena', 'Emma', 'Kerstin', 'Marie', 'Malin', 'Ingrid', 'Jenny', 'Hanna', 'Linda',
  'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Thomas', 'Jan', 'Daniel', 'Fredrik', 'Hans', 'Bengt', 'Mohammed', 'Ali', 'Fatima', 'Amina', 'Yusuf', 'Leila'];
const SURNAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson',
  'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström',
  'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg',
  'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Ali', 'Mohamed', 'Viklund', 'Björklund', 'Eliasson'];

/** Callbacks left waiting in the queue, however large the register. */
export const PENDING_CALLBACKS = 1000;

const WHAT = [
  'Hemtjänsten kom inte på tisdagen och min mamma fick ingen mat förrän på kvällen.',
  'Personalen på boendet har inte tid att gå ut med pappa, han har inte varit ute på tre veckor.',
  'Jag vill tacka personalen på gruppbostaden, de är fantastiska med min son.',
  'Det vore bra om man kunde boka tid med biståndshandläggaren på webben.',
  'Min ansökan om ledsagning har legat i flera månader utan att någon hört av sig.',
  'Medicinerna delades ut fel två dagar i rad, sjuksköterskan svarade inte i telefon.',
];

/** Each step: a label for the progress line and its SQL ($1 = the number of cases where used). */
const STEPS: { label: string; sql: string; usesCount?: boolean }[] = [
  {
    label: 'verksamheter',
    sql: `INSERT INTO units (name, level) SELECT unnest(ARRAY[${BENCH_VERKSAMHETER.map((v) => `'${v}'`).join(', ')}]), 'verksamhet' ON CONFLICT DO NOTHING`,
  },
  {
    // Each under its verksamhet; those already there (the bench's own accounts' units) are left as they are.
    label: 'enheter',
    sql: `
INSERT INTO units (name, level, parent_id)
SELECT e.name, 'enhet', v.id
FROM unnest(ARRAY[${BENCH_UNITS.map((u) => `'${u}'`).join(', ')}], ARRAY[${BENCH_UNITS.map((_, i) => `'${BENCH_VERKSAMHETER[Math.floor(i / DISTRICTS.length)]}'`).join(', ')}]) e(name, above)
JOIN units v ON v.name = e.above
ON CONFLICT DO NOTHING`,
  },
  {
    label: 'cases',
    usesCount: true,
    sql: `
WITH drawn AS (
  SELECT i,
    timestamptz '2022-01-01 08:00+01' + (now() - interval '2 hours' - timestamptz '2022-01-01 08:00+01') * ((i - 1 + random()) / $1) AS at,
    random() AS r_kind, random() AS r_area, random() AS r_channel, random() AS r_status, random() AS r_contact,
    random() AS r_flag, random() AS r_incomplete, (random() * ${BENCH_UNITS.length - 1})::integer + 1 AS unit_no
  FROM generate_series(1, $1) i
), shaped AS (
  SELECT d.*, extract(year FROM d.at AT TIME ZONE 'Europe/Stockholm')::integer AS year, now() - d.at AS age,
    r_incomplete < 0.05 AS interrupted,
    CASE WHEN r_channel < 0.5 THEN 'phone' WHEN r_channel < 0.85 THEN 'chat' ELSE 'agent' END AS channel,
    r_contact < 0.7 AS has_contact
  FROM drawn d
), statused AS (
  SELECT s.*,
    CASE
      WHEN interrupted THEN CASE WHEN age > interval '30 days' THEN 'closed' ELSE 'incomplete' END
      WHEN age > interval '60 days' THEN CASE WHEN r_status < 0.95 THEN 'closed' WHEN r_status < 0.995 THEN 'answered'
                                              WHEN r_status < 0.999 THEN 'investigating' ELSE 'routed' END
      WHEN age > interval '28 days' THEN CASE WHEN r_status < 0.6 THEN 'closed' WHEN r_status < 0.9 THEN 'answered'
                                              WHEN r_status < 0.98 THEN 'investigating' ELSE 'routed' END
      WHEN age > interval '14 days' THEN CASE WHEN r_status < 0.2 THEN 'answered' WHEN r_status < 0.8 THEN 'investigating'
                                              WHEN r_status < 0.95 THEN 'routed' ELSE 'registered' END
      ELSE CASE WHEN r_status < 0.4 THEN 'registered' WHEN r_status < 0.7 THEN 'routed' ELSE 'investigating' END
    END AS status
  FROM shaped s
)
INSERT INTO cases (reference, status, kind, area, channel, what, when_where, consequences, on_behalf, anonymous,
  reply_method, contact_name, contact_phone, contact_email, language, serious, confidential, unit_id,
  source_call_sid, source_conversation_id, source_agent, registered_at, news_due, answer_due, updated_at, news_given_at, answer_given_at)
SELECT
  year || '-' || lpad(n::text, greatest(5, length(n::text)), '0'),
  status,
  CASE WHEN interrupted THEN NULL WHEN r_kind < 0.55 THEN 'klagomal' WHEN r_kind < 0.75 THEN 'synpunkt' WHEN r_kind < 0.85 THEN 'forslag' ELSE 'berom' END,
  CASE WHEN interrupted THEN NULL WHEN r_area < 0.45 THEN 'aldreomsorg' WHEN r_area < 0.65 THEN 'stod_och_service'
       WHEN r_area < 0.8 THEN 'individ_och_familjeomsorg' WHEN r_area < 0.95 THEN 'halso_och_sjukvard' ELSE 'annat' END,
  channel,
  CASE WHEN interrupted THEN NULL ELSE (ARRAY[${WHAT.map((w) => `'${w}'`).join(', ')}])[1 + i % ${WHAT.length}] END,
  CASE WHEN NOT interrupted AND r_flag < 0.6 THEN 'I förra veckan, hemma hos min mamma.' END,
  CASE WHEN NOT interrupted AND r_flag < 0.4 THEN 'Hon blev orolig och åt ingenting på hela dagen.' END,
  CASE WHEN interrupted THEN NULL WHEN r_contact < 0.4 THEN 'self' WHEN r_contact < 0.9 THEN 'relative' ELSE 'other' END,
  NOT has_contact,
  CASE WHEN has_contact THEN (ARRAY['phone', 'email', 'letter'])[1 + i % 3] END,
  CASE WHEN has_contact THEN (ARRAY[${FIRST_NAMES.map((n) => `'${n}'`).join(', ')}])[1 + floor(random() * ${FIRST_NAMES.length})::integer]
    || ' ' || (ARRAY[${SURNAMES.map((n) => `'${n}'`).join(', ')}])[1 + floor(random() * ${SURNAMES.length})::integer] END,
  CASE WHEN has_contact THEN '+4670' || lpad((i % 10000000)::text, 7, '0') END,
  CASE WHEN has_contact AND i % 3 = 1 THEN 'invanare' || i || '@example.se' END,
  CASE WHEN r_flag < 0.92 THEN 'sv' ELSE 'en' END,
  NOT interrupted AND r_kind < 0.55 AND r_flag > 0.98,
  r_flag BETWEEN 0.5 AND 0.51,
  CASE WHEN status NOT IN ('registered', 'incomplete') AND NOT (interrupted AND status = 'closed') THEN bu.id END,
  CASE WHEN channel = 'phone' THEN 'CA' || md5(i::text) END,
  CASE WHEN channel = 'chat' THEN 'dl-' || lpad(i::text, 22, '0') END,
  CASE WHEN channel = 'agent' THEN 'anna' END,
  at, at + interval '14 days', at + interval '28 days', at + interval '20 days',
  -- News reached most residents who can be told within the 14 days, and the answer most within four weeks (the
  -- analysis report's times); never in the future.
  CASE WHEN has_contact AND NOT interrupted AND status IN ('investigating', 'answered', 'closed') THEN least(now(), at + make_interval(days => 1 + i % 20)) END,
  CASE WHEN has_contact AND NOT interrupted AND status IN ('answered', 'closed') THEN least(now(), at + make_interval(days => 5 + i % 40)) END
FROM (SELECT t.*, row_number() OVER (PARTITION BY year ORDER BY i) AS n FROM statused t) numbered
LEFT JOIN (SELECT u.id, b.no FROM unnest(ARRAY[${BENCH_UNITS.map((u) => `'${u}'`).join(', ')}]) WITH ORDINALITY b(name, no) JOIN units u ON u.name = b.name) bu
  ON bu.no = numbered.unit_no`,
  },
  {
    label: 'case number counters',
    sql: `INSERT INTO case_number_counters (year, last_number)
          SELECT split_part(reference, '-', 1)::integer, max(split_part(reference, '-', 2)::integer) FROM cases GROUP BY 1`,
  },
  {
    label: 'callbacks',
    sql: `
WITH wished AS (
  SELECT c.id, c.contact_phone, c.registered_at, row_number() OVER (ORDER BY c.id DESC) AS newest
  FROM cases c WHERE c.contact_phone IS NOT NULL AND c.status <> 'incomplete' AND random() < 0.28
)
INSERT INTO callback_requests (case_id, phone, time_window, window_start, window_end, status, attempts, next_attempt_at, created_at, updated_at)
SELECT id, contact_phone, CASE WHEN id % 2 = 0 THEN 'morning' ELSE 'afternoon' END, ws, ws + interval '4 hours',
  CASE WHEN newest <= ${PENDING_CALLBACKS} THEN 'pending' WHEN r < 0.85 THEN 'done' WHEN r < 0.95 THEN 'failed' ELSE 'cancelled' END,
  CASE WHEN newest <= ${PENDING_CALLBACKS} THEN 0 WHEN r < 0.6 THEN 1 WHEN r < 0.85 THEN 2 WHEN r < 0.95 THEN 3 ELSE 0 END,
  ws, registered_at, registered_at + interval '1 day'
FROM (SELECT w.*, random() AS r, least(w.registered_at + interval '20 hours', now() - interval '1 hour') AS ws FROM wished w) drawn`,
  },
  {
    label: 'cases joining a callback',
    sql: `INSERT INTO callback_joined_cases (callback_id, case_id, joined_at)
          SELECT cb.id, c.id, c.registered_at FROM callback_requests cb JOIN cases c ON c.id = cb.case_id + 1
          WHERE cb.id % 100 = 0 AND NOT EXISTS (SELECT 1 FROM callback_requests o WHERE o.case_id = c.id)`,
  },
  {
    label: 'callback attempts',
    sql: `INSERT INTO callback_attempts (callback_id, at, agent, outcome)
          SELECT cb.id, cb.window_start + make_interval(hours => k), 'anna',
                 CASE WHEN cb.status = 'done' AND k = cb.attempts THEN 'reached' ELSE 'no_answer' END
          FROM callback_requests cb CROSS JOIN LATERAL generate_series(1, cb.attempts) k`,
  },
  {
    label: 'history events',
    sql: `
INSERT INTO case_events (case_id, at, actor, action, details)
SELECT c.id, c.registered_at + e.after, e.actor, e.action, e.details::jsonb
FROM cases c
LEFT JOIN callback_requests cb ON cb.case_id = c.id
LEFT JOIN units u ON u.id = c.unit_id
CROSS JOIN LATERAL (VALUES
  (1, interval '0', CASE c.channel WHEN 'agent' THEN 'agent:anna' ELSE 'resident:' || c.channel END,
     CASE WHEN c.kind IS NULL THEN 'kept_incomplete' ELSE 'registered' END,
     json_build_object('kind', c.kind, 'area', c.area, 'channel', c.channel, 'serious', c.serious)::text, true),
  (2, interval '0', CASE c.channel WHEN 'agent' THEN 'agent:anna' ELSE 'resident:' || c.channel END, 'receipt_queued',
     '{"channel":"sms"}', c.contact_phone IS NOT NULL AND c.kind IS NOT NULL),
  (3, interval '0', CASE c.channel WHEN 'agent' THEN 'agent:anna' ELSE 'resident:' || c.channel END, 'callback_requested',
     json_build_object('callbackId', cb.id, 'window', cb.time_window)::text, cb.id IS NOT NULL),
  (4, interval '1 day', 'agent:anna', 'callback_claimed', json_build_object('callbackId', cb.id)::text, cb.attempts > 0),
  (5, interval '1 day 1 minute', 'agent:anna', 'callback_attempted', json_build_object('callbackId', cb.id, 'outcome', 'reached')::text, cb.attempts > 0),
  (6, interval '1 day 2 minutes', 'agent:anna', 'callback_done', json_build_object('callbackId', cb.id)::text, cb.status = 'done'),
  (7, interval '2 days', 'agent:nils', 'status_changed', json_build_object('from', 'registered', 'to', 'routed', 'unit', u.name, 'unitId', c.unit_id)::text,
     c.kind IS NOT NULL AND c.status NOT IN ('registered', 'incomplete')),
  (8, interval '5 days', 'agent:nils', 'status_changed', '{"from":"routed","to":"investigating"}',
     c.kind IS NOT NULL AND c.status IN ('investigating', 'answered', 'closed')),
  (9, interval '8 days', 'agent:nils', 'note_added', '{"note":"Pratat med enhetschefen."}',
     c.kind IS NOT NULL AND c.status IN ('investigating', 'answered', 'closed') AND c.id % 3 = 0),
  (10, interval '20 days', 'agent:nils', 'status_changed', '{"from":"investigating","to":"answered"}',
     c.kind IS NOT NULL AND c.status IN ('answered', 'closed')),
  (11, interval '30 days', 'agent:nils', 'status_changed', '{"from":"answered","to":"closed"}', c.status = 'closed')
) e(position, after, actor, action, details, present)
WHERE e.present
ORDER BY c.id, e.position`,
  },
  {
    label: 'outbox messages',
    sql: `INSERT INTO outbox_messages (kind, case_id, recipient, body, payload, status, attempts, next_attempt_at, provider_id, created_at, sent_at, updated_at)
          SELECT 'sms_receipt', id, contact_phone,
                 'Tack för att du hörde av dig till kommunen. Ditt ärendenummer är ' || reference || '. Du får veta vad som händer inom 14 dagar och svar inom fyra veckor.',
                 '{}', 'sent', 1, registered_at, 'SM' || md5(reference), registered_at, registered_at + interval '3 seconds', registered_at + interval '3 seconds'
          FROM cases WHERE contact_phone IS NOT NULL AND kind IS NOT NULL
          UNION ALL
          SELECT 'click_to_call', case_id, '+46812345678', NULL, json_build_object('residentPhone', phone, 'callbackId', id, 'agent', 'anna')::jsonb,
                 'sent', 1, window_start, 'CA' || md5(id::text), window_start, window_start + interval '5 seconds', window_start + interval '5 seconds'
          FROM callback_requests WHERE status = 'done'`,
  },
  {
    label: 'sessions of calls and chats',
    sql: `
INSERT INTO conversation_sessions (id, channel, state, turn, last_request_key, last_response, caller_phone, case_id, ended_at, created_at, updated_at)
SELECT coalesce(source_call_sid, source_conversation_id), CASE WHEN source_call_sid IS NULL THEN 'chat' ELSE 'phone' END,
  jsonb_build_object('step', 'done', 'language', language, 'retries', 0, 'answers', jsonb_build_object(
    'kind', kind, 'area', area, 'what', what, 'whenWhere', when_where, 'consequences', consequences,
    'onBehalf', on_behalf, 'replyMethod', reply_method, 'name', contact_name, 'phone', contact_phone),
    'visited', to_jsonb(ARRAY['menu', 'kind', 'area', 'what', 'when_where', 'consequences', 'on_behalf', 'anonymous', 'confirm'])),
  14, 'turn-14',
  jsonb_build_object('turn', 14, 'language', language, 'ending', 'end', 'caseReference', reference,
    'say', '[{"kind":"text","text":"Tack. Ditt ärendenummer är"},{"kind":"caseReference"},{"kind":"text","text":"Hej då."}]'::jsonb),
  CASE WHEN source_call_sid IS NOT NULL THEN contact_phone END, id,
  registered_at + interval '4 minutes', registered_at - interval '5 minutes', registered_at + interval '4 minutes'
FROM cases WHERE channel <> 'agent'`,
  },
  {
    label: 'sessions that left no case',
    usesCount: true,
    sql: `
INSERT INTO conversation_sessions (id, channel, state, turn, last_request_key, ended_at, created_at, updated_at)
SELECT CASE WHEN g % 3 = 0 THEN 'dl-x' || lpad(g::text, 21, '0') ELSE 'CA' || md5('no case ' || g) END,
  CASE WHEN g % 3 = 0 THEN 'chat' ELSE 'phone' END,
  jsonb_build_object('step', 'menu', 'language', 'sv', 'retries', 1, 'answers', '{}'::jsonb, 'visited', '["menu"]'::jsonb),
  2, 'turn-2', at + interval '1 minute', at, at + interval '1 minute'
FROM (SELECT g, now() - (now() - timestamptz '2022-01-01') * random() AS at
      FROM generate_series(1, greatest(0, $1 - (SELECT count(*) FROM conversation_sessions))::integer) g) drawn`,
  },
  {
    label: 'chat conversations',
    sql: `INSERT INTO chat_conversations (id, last_seq, shown_turn, created_at, updated_at)
          SELECT id, 10, 5, created_at, updated_at FROM conversation_sessions WHERE channel = 'chat'`,
  },
  {
    label: 'chat transcripts',
    sql: `INSERT INTO chat_activities (conversation_id, seq, from_role, client_activity_id, activity, created_at)
          SELECT cc.id, s, CASE WHEN s % 2 = 0 THEN 'user' ELSE 'bot' END, CASE WHEN s % 2 = 0 THEN 'c' || s END,
                 jsonb_build_object('type', 'message', 'id', cc.id || '|' || lpad(s::text, 7, '0'),
                   'from', jsonb_build_object('id', CASE WHEN s % 2 = 0 THEN 'user' ELSE 'synpunkt' END),
                   'text', CASE WHEN s % 2 = 0 THEN 'Hemtjänsten kom inte på tisdagen.' ELSE 'Tack. Vad vill du berätta?' END,
                   'timestamp', cc.created_at + make_interval(secs => s * 20), 'locale', 'sv-SE'),
                 cc.created_at + make_interval(secs => s * 20)
          FROM chat_conversations cc CROSS JOIN generate_series(1, 10) s`,
  },
];

/** Empties every table the build fills (not the accounts), numbering from 1 again. */
export async function emptyRegister(client: Client): Promise<void> {
  await client.query(`TRUNCATE case_access_log, queue_callers, cases, case_events, case_number_counters, callback_requests, callback_attempts, callback_joined_cases,
    outbox_messages, conversation_sessions, intake_endings, chat_conversations, chat_activities, chat_attachments, case_assessments, deadline_notices,
    status_codes, not_satisfied_links, case_secret_parts, voice_recordings RESTART IDENTITY`);
}

/** Fills the register; prints each step's time. Returns the seconds it took, ANALYZE included. */
export async function buildRegister(client: Client, count: number, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '256MB'`);
  for (const step of STEPS) {
    const t0 = performance.now();
    const result = await client.query(step.sql, step.usesCount ? [count] : []);
    log(`  ${step.label.padEnd(26)} ${String(result.rowCount ?? 0).padStart(9)} rows  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  }
  const t0 = performance.now();
  await client.query('VACUUM ANALYZE');
  log(`  ${'vacuum analyze'.padEnd(26)} ${''.padStart(9)}       ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  return (performance.now() - started) / 1000;
}
