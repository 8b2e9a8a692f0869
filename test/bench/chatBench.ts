/**
 * `npm run bench:chat`: whole chat conversations through the Direct Line endpoints (a token, the start, then each
 * answer posted and the reply read with the watermark) against the service on a real PostgreSQL, and in the same
 * run a bare Express JSON echo; prints turns/s, p50 and p99 of a turn, and the request figures of both.
 * Then the same conversations over Direct Line streaming, as Web Chat on its defaults holds them: each resident
 * posts an answer and waits for the reply on its WebSocket (a turn: from the post until the reply arrives there).
 * In the same run, as the reference, Microsoft's echo bot on botbuilder's CloudAdapter (test/bench/echoBotApp.ts:
 * expectReplies, no storage): a turn there is one request. Targets (2 cores): a turn's p99 under 40 ms at 50
 * concurrent conversations; turns/s over the stream at least 1.0x the echo bot's, turn p99 no worse than its.
 */
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { createTestDatabase } from '../support/postgres';
import { startServiceProcess } from '../support/serviceProcess';
import { startBenchApp } from './benchApp';
import { ANSWERS, conversationRequests, DL, json } from './chatConversations';

const CONNECTIONS = 50;
const SECONDS = Number(process.argv[2] ?? 15);
/** `npm run bench:chat -- 15 /tmp/prof` writes a CPU profile of the service there. */
const PROFILE_DIR = process.argv[3];
/** Turn latencies of the polling run. */
const turnMs: number[] = [];
/** What Web Chat would send through Azure's Direct Line to a bot, asking for the replies in the answer. */
const ECHO_ACTIVITY = {
  type: 'message',
  channelId: 'directline',
  serviceUrl: 'http://127.0.0.1:9/unused',
  from: { id: 'bench-resident' },
  recipient: { id: 'echo-bot' },
  conversation: { id: 'bench-conversation' },
  text: 'Klagomål',
  deliveryMode: 'expectReplies',
};


/**
 * One resident over the stream, conversation after conversation until the deadline: the start's streamUrl is
 * opened, then each answer is posted and timed until the reply that ends the turn arrives on the socket.
 */
async function streamResident(baseUrl: string, deadline: number, latencies: number[]): Promise<void> {
  while (Date.now() < deadline) {
    const issued = (await (await fetch(`${baseUrl}${DL}/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const started = (await (await fetch(`${baseUrl}${DL}/conversations`, json({ locale: 'sv-SE' }, issued.token))).json()) as { streamUrl: string };
    const socket = new WebSocket(started.streamUrl);
    const waiting = new Map<string, () => void>();
    const ended = new Set<string>();
    socket.on('message', (data: Buffer) => {
      const set = JSON.parse(String(data)) as { activities: { replyToId?: string; inputHint?: string; type: string }[] };
      for (const a of set.activities) {
        if (!a.replyToId || !(a.inputHint === 'expectingInput' || a.type === 'endOfConversation')) continue;
        ended.add(a.replyToId);
        waiting.get(a.replyToId)?.();
      }
    });
    await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
    for (const [i, answer] of ANSWERS.entries()) {
      if (Date.now() >= deadline) break;
      const sentAt = process.hrtime.bigint();
      const activity = { type: 'message', from: { id: 'bench' }, ...answer, channelData: { clientActivityID: `${issued.conversationId}-${i}` } };
      const posted = (await (await fetch(`${baseUrl}${DL}/conversations/${issued.conversationId}/activities`, json(activity, issued.token))).json()) as { id: string };
      if (!ended.has(posted.id)) await new Promise<void>((resolve) => waiting.set(posted.id, resolve));
      latencies.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
    }
    socket.close();
  }
}

function run(title: string, options: autocannon.Options): Promise<autocannon.Result> {
  process.stdout.write(`${title}: ${CONNECTIONS} connections, ${options.duration ?? SECONDS} s…\n`);
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

function streamRow(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `chat turns, stream:  ${(sorted.length / SECONDS).toFixed(0)} turns/s   p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   (${sorted.length} turns; a turn: the post until the reply arrives on the socket)`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const database = await createTestDatabase({ migrated: false });
  const service = await startServiceProcess({
    DATABASE_URL: database.url,
    NODE_ENV: 'production',
    PUBLIC_BASE_URL: 'http://bench.local',
    TWILIO_AUTH_TOKEN: 'bench-token',
    CHAT_TOKEN_SECRET: 'bench-chat-token-secret-0123456789abcdef', RESIDENT_LINK_SECRET: 'bench-resident-link-secret-of-at-least-32-chars',
    LOG_LEVEL: 'info',
    // One address plays every resident here; the limits are for the public.
    CHAT_NEW_CHATS_PER_ADDRESS: '100000',
    CHAT_REQUESTS_PER_ADDRESS: '1000000',
    // Always open, so nobody is sent elsewhere whatever time the bench runs.
    OPENING_HOURS: 'mon-sun 00:00-24:00',
  }, PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
  const bare = await startBenchApp('bareEchoApp.ts');
  const echo = await startBenchApp('echoBotApp.ts');
  try {
    await run('warm-up', { url: service.url, requests: conversationRequests(turnMs), duration: 3 });
    turnMs.length = 0;
    const chat = await run('service: whole chat conversations, every turn persisted', { url: service.url, requests: conversationRequests(turnMs) });
    process.stdout.write(`service over the stream: ${CONNECTIONS} residents on WebSockets, ${SECONDS} s…\n`);
    const streamMs: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: CONNECTIONS }, () => streamResident(service.url, deadline, streamMs)));
    const baseline = await run('bare Express, JSON echo', { url: `${bare.url}/echo`, ...json({ type: 'message', text: 'Klagomål', value: '1' }) });
    await run('warm-up', { url: `${echo.url}/api/messages`, ...json(ECHO_ACTIVITY), duration: 3 });
    const echoBot = await run('botbuilder echo bot (CloudAdapter, expectReplies)', { url: `${echo.url}/api/messages`, ...json(ECHO_ACTIVITY) });
    const counted = await database.db.query<{ cases: number; chats: number; activities: number }>(
      `SELECT (SELECT count(*) FROM cases WHERE channel = 'chat') AS cases, (SELECT count(*) FROM chat_conversations) AS chats,
              (SELECT count(*) FROM chat_activities) AS activities`,
    );
    const sorted = [...turnMs].sort((a, b) => a - b);
    const row = (name: string, r: autocannon.Result) =>
      `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
    const p99 = percentile(sorted, 99);
    const stream = [...streamMs].sort((a, b) => a - b);
    const streamTurns = stream.length / SECONDS;
    const streamP99 = percentile(stream, 99);
    process.stdout.write(
      [
        '',
        row('service (all Direct Line requests)', chat),
        row('bare Express (JSON echo)', baseline),
        row('echo bot (a turn a request)', echoBot),
        `chat turns, polling: ${(sorted.length / SECONDS).toFixed(0)} turns/s   p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   (${sorted.length} turns; a turn: the post until its answer)`,
        streamRow(streamMs),
        `turn p99: ${p99.toFixed(1)} ms (target < 40 ms at ${CONNECTIONS} concurrent conversations) ${p99 < 40 ? 'met' : 'NOT met'}`,
        `stream vs echo bot: ${(streamTurns / echoBot.requests.average).toFixed(2)}x its turns/s (target ≥ 1.00x) ${streamTurns >= echoBot.requests.average ? 'met' : 'NOT met'}; turn p99 ${streamP99.toFixed(1)} ms vs ${echoBot.latency.p99} ms (target: no worse) ${streamP99 <= echoBot.latency.p99 ? 'met' : 'NOT met'}`,
        `throughput: ${((chat.requests.average / baseline.requests.average) * 100).toFixed(0)}% of the bare echo's requests/s`,
        `persisted: ${counted.rows[0]!.chats} chats, ${counted.rows[0]!.activities} transcript activities, ${counted.rows[0]!.cases} cases registered`,
        '',
      ].join('\n'),
    );
  } finally {
    bare.stop();
    echo.stop();
    await service.stop();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:chat failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
