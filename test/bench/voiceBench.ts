/**
 * `npm run bench:voice`: whole phone calls of signed webhooks against the service on a real PostgreSQL, and in the
 * same run a bare Express endpoint returning fixed TwiML; prints requests/s, p50 and p99 of both and their ratio.
 * Targets (2 cores): p99 under 25 ms at 50 connections, and at least 60% of the bare endpoint's throughput.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import twilio from 'twilio';
import { createTestDatabase } from '../support/postgres';
import { startServiceProcess } from '../support/serviceProcess';
import { tableHealthReport } from './tableHealth';

const CONNECTIONS = 50;
const SECONDS = Number(process.argv[2] ?? 15);
/** `npm run bench:voice -- 15 /tmp/prof` writes a CPU profile of the service there. */
const PROFILE_DIR = process.argv[3];
const TOKEN = 'bench-token';
const PUBLIC_URL = 'http://bench.local';
const ROOT = path.resolve(__dirname, '../..');

/** One caller's answers, from the menu to the confirmation: a complaint with a callback on their own number. */
const ANSWERS: Record<string, string>[] = [
  { Digits: '1' }, { Digits: '1' }, { Digits: '1' },
  { SpeechResult: 'Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.' },
  { Digits: '#' }, { Digits: '#' }, { Digits: '2' }, { Digits: '2' }, { Digits: '1' },
  { SpeechResult: 'Karin Andersson' }, { Digits: '1' }, { Digits: '1' }, { Digits: '1' },
];

interface CallContext {
  callSid?: string;
  from?: string;
  next?: string;
}

function form(params: Record<string, string>, url: string) {
  return {
    method: 'POST' as const,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
    },
    body: new URLSearchParams(params).toString(),
  };
}

const nextAction = (body: string) => /action="([^"]+)"/.exec(body)?.[1]?.replace(/&amp;/g, '&');

function callRequests(): autocannon.Request[] {
  const start: autocannon.Request = {
    setupRequest: (req, context: CallContext) => {
      context.callSid = `CA${randomBytes(16).toString('hex')}`;
      context.from = `+4670${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      const params = { CallSid: context.callSid, From: context.from, CallStatus: 'ringing' };
      return { ...req, path: '/voice/incoming', ...form(params, `${PUBLIC_URL}/voice/incoming`) };
    },
    onResponse: (_status, body, context: CallContext) => {
      context.next = nextAction(body);
    },
  };
  const answers = ANSWERS.map<autocannon.Request>((answer) => ({
    setupRequest: (req, context: CallContext) => {
      const url = context.next ?? `${PUBLIC_URL}/voice/incoming`;
      const params = { CallSid: context.callSid!, From: context.from!, ...answer };
      return { ...req, path: url.slice(PUBLIC_URL.length), ...form(params, url) };
    },
    onResponse: (_status, body, context: CallContext) => {
      context.next = nextAction(body);
    },
  }));
  return [start, ...answers];
}

function run(title: string, options: autocannon.Options): Promise<autocannon.Result> {
  process.stdout.write(`${title}: ${CONNECTIONS} connections, ${SECONDS} s…\n`);
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

function startBare(): Promise<{ url: string; stop(): void }> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(__dirname, 'bareTwiml.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const port = /bare listens on (\d+)/.exec(String(d))?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the bare endpoint exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const database = await createTestDatabase({ migrated: false });
  const service = await startServiceProcess({
    DATABASE_URL: database.url, TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: PUBLIC_URL, NODE_ENV: 'production', LOG_LEVEL: 'info', CHAT_TOKEN_SECRET: 'bench-chat-token-secret-of-at-least-32-chars',
    // Always open, so no call falls back to a recording whatever time the bench runs.
    OPENING_HOURS: 'mon-sun 00:00-24:00',
  }, PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
  const bare = await startBare();
  try {
    await run('warm-up', { url: service.url, requests: callRequests(), duration: 3 });
    const voice = await run('service: whole signed calls, every step persisted', { url: service.url, requests: callRequests() });
    // The same signed calls, so the load generator does the same work in both runs on these two cores.
    const baseline = await run('bare Express, fixed TwiML, same signed calls', { url: bare.url, requests: callRequests() });
    const counted = await database.db.query<{ cases: number; sessions: number; receipts: number }>(
      `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM conversation_sessions) AS sessions,
              (SELECT count(*) FROM outbox_messages) AS receipts`,
    );
    const row = (name: string, r: autocannon.Result) =>
      `${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
    const ratio = voice.requests.average / baseline.requests.average;
    process.stdout.write(
      [
        '',
        row('service (whole calls)', voice),
        row('bare Express (fixed TwiML)', baseline),
        `throughput ratio: ${(ratio * 100).toFixed(0)}% of bare (target ≥ 60%)`,
        `service p99: ${voice.latency.p99} ms (target < 25 ms at ${CONNECTIONS} connections)`,
        `persisted: ${counted.rows[0]!.sessions} calls, ${counted.rows[0]!.cases} cases registered, ${counted.rows[0]!.receipts} SMS receipts queued`,
        '',
      ].join('\n'),
    );
    bare.stop();
    await service.stop();
    process.stdout.write(`after the run (dead rows, HOT updates, index sizes):\n${await tableHealthReport(database.db)}\n`);
  } finally {
    bare.stop();
    await service.stop();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:voice failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
