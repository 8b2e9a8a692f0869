/**
 * `npm run bench:memory`: the service's resident memory (RSS) at rest and under a mixed load like the hostile-input
 * tests' at 50 connections: whole signed phone calls, whole chats, and hostile requests (bodies over the limits,
 * long strings inside them, unsigned webhooks, chat uploads of files near CHAT_UPLOAD_MAX_MB). Run both as
 * `npm start` runs it (tsx) and as production runs the build. Target: a loaded instance under 250 MB RSS.
 * The peak is the kernel's high-water mark (VmHWM in /proc/<pid>/status), so no sampling gap can miss it.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';
import { buildInto } from '../support/build';
import { createTestDatabase } from '../support/postgres';
import { startCommand, type ServiceProcess } from '../support/serviceProcess';
import { conversationRequests, DL, json } from './chatConversations';
import { BENCH_PUBLIC_URL, BENCH_TOKEN, callRequests } from './voiceCalls';

const SECONDS = Number(process.argv[2] ?? 20);
const TARGET_MB = 250;
const UPLOAD_MB = 9;

function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** A multipart upload of one PNG-looking file of UPLOAD_MB, as Web Chat's attach button sends it. */
async function uploadBody(): Promise<{ body: Buffer; contentType: string }> {
  const png = Buffer.alloc(UPLOAD_MB * 1024 * 1024, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  const form = new FormData();
  form.append('activity', JSON.stringify({ type: 'message', from: { id: 'bench' }, text: 'Här är brevet' }));
  form.append('file', new Blob([png], { type: 'image/png' }), 'brev.png');
  const request = new Request('http://x/', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

async function chatFor(url: string): Promise<{ token: string; conversationId: string }> {
  const issued = (await (await fetch(`${url}${DL}/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  await fetch(`${url}${DL}/conversations`, json({ locale: 'sv-SE' }, issued.token));
  return issued;
}

/** Requests no well-behaved client sends, in a cycle: each is refused, most of them only after the body is read. */
async function hostileRequests(url: string): Promise<autocannon.Request[]> {
  const chat = await chatFor(url);
  const upload = await uploadBody();
  const long = 'å'.repeat(40_000);
  const auth = { authorization: `Bearer ${chat.token}` };
  return [
    { method: 'POST', path: '/voice/incoming', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `CallSid=CA1&SpeechResult=${encodeURIComponent(long)}` },
    { method: 'POST', path: '/voice/answer?step=what&turn=3', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'forged' }, body: 'CallSid=CA1&Digits=1' },
    { method: 'POST', path: `${DL}/conversations/${chat.conversationId}/activities`, headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ type: 'message', from: { id: 'x' }, text: long.repeat(8) }) },
    { method: 'POST', path: `${DL}/conversations/${chat.conversationId}/activities`, headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ type: 'message', from: { id: 'x' }, text: long.slice(0, 8_001) }) },
    { method: 'POST', path: `${DL}/conversations/${chat.conversationId}/upload`, headers: { 'content-type': upload.contentType, ...auth }, body: upload.body },
    { method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: long, conversation: { id: long } }) },
    { method: 'GET', path: `/agent/cases/${encodeURIComponent(long.slice(0, 2000))}` },
  ];
}

async function measure(name: string, start: () => Promise<ServiceProcess>): Promise<string> {
  const service = await start();
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const rest = memoryMb(service.pid).rss;
    const hostile = await hostileRequests(service.url);
    process.stdout.write(`${name}: at rest ${rest.toFixed(0)} MB; loading for ${SECONDS} s…\n`);
    let highest = 0;
    const sampler = setInterval(() => (highest = Math.max(highest, memoryMb(service.pid).rss)), 100);
    const [voice, chat, bad] = await Promise.all([
      autocannon({ url: service.url, connections: 20, duration: SECONDS, requests: callRequests() }),
      autocannon({ url: service.url, connections: 20, duration: SECONDS, requests: conversationRequests() }),
      autocannon({ url: service.url, connections: 10, duration: SECONDS, requests: hostile }),
    ]);
    clearInterval(sampler);
    const { peak, rss } = memoryMb(service.pid);
    const served = voice.requests.total + chat.requests.total + bad.requests.total;
    const count = (status: string) => [voice, chat, bad].reduce((n, r) => n + (r.statusCodeStats?.[status as '500']?.count ?? 0), 0);
    return `${name.padEnd(20)} rest ${rest.toFixed(0).padStart(4)} MB   peak ${peak.toFixed(0).padStart(4)} MB (sampled ${highest.toFixed(0)})   after ${rss.toFixed(0).padStart(4)} MB   ${served} requests (500: ${count('500')}, 503: ${count('503')})   (target < ${TARGET_MB} MB) ${peak < TARGET_MB ? 'met' : 'NOT met'}`;
  } finally {
    await service.stop();
  }
}

async function main(): Promise<void> {
  const database = await createTestDatabase({ migrated: false });
  const build = buildInto();
  const env = {
    DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'info', PUBLIC_BASE_URL: BENCH_PUBLIC_URL, TWILIO_AUTH_TOKEN: BENCH_TOKEN,
    CHAT_TOKEN_SECRET: 'bench-chat-token-secret-of-at-least-32-chars', RESIDENT_LINK_SECRET: 'bench-resident-link-secret-of-at-least-32-chars',
    CHAT_NEW_CHATS_PER_ADDRESS: '100000', CHAT_REQUESTS_PER_ADDRESS: '1000000', CHAT_MESSAGES_PER_CONVERSATION: '10000',
    OPENING_HOURS: 'mon-sun 00:00-24:00',
  };
  try {
    const lines = [
      await measure('npm start (tsx)', () => startCommand(process.execPath, ['--import', 'tsx', 'src/main.ts'], env)),
      await measure('node on the build', () => startCommand(process.execPath, [build.main], env, { cwd: build.dir })),
    ];
    process.stdout.write(['', ...lines, ''].join('\n'));
  } finally {
    build.remove();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:memory failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
