/**
 * `npm run bench:voice`: whole phone calls of signed webhooks against the service on a real PostgreSQL, and in the
 * same run, as processes of their own, the minimal app (test/bench/minimalVoiceApp.ts: form, signature, TwiML by
 * the twilio builder, one durable write a request) and bare Express returning fixed TwiML; prints requests/s, p50
 * and p99 of the three. Target (2 cores): at least 1.0x the minimal app's requests/s, p99 no worse than its.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { createTestDatabase } from '../support/postgres';
import { startServiceProcess } from '../support/serviceProcess';
import { cpuMs, startBenchApp } from './benchApp';
import { BENCH_PUBLIC_URL as PUBLIC_URL, BENCH_TOKEN as TOKEN, callRequests } from './voiceCalls';
import { tableHealthReport } from './tableHealth';

const CONNECTIONS = 50;
const SECONDS = Number(process.argv[2] ?? 15);
/** `npm run bench:voice -- 15 /tmp/prof` writes a CPU profile of the service there. */
const PROFILE_DIR = process.argv[3];

function run(title: string, options: autocannon.Options): Promise<autocannon.Result> {
  process.stdout.write(`${title}: ${CONNECTIONS} connections, ${options.duration ?? SECONDS} s…\n`);
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

async function main(): Promise<void> {
  const database = await createTestDatabase({ migrated: false });
  const service = await startServiceProcess({
    DATABASE_URL: database.url, TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: PUBLIC_URL, NODE_ENV: 'production', LOG_LEVEL: 'info', CHAT_TOKEN_SECRET: 'bench-chat-token-secret-of-at-least-32-chars', RESIDENT_LINK_SECRET: 'bench-resident-link-secret-of-at-least-32-chars',
    // Always open, so no call falls back to a recording whatever time the bench runs.
    OPENING_HOURS: 'mon-sun 00:00-24:00',
  }, PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
  const bare = await startBenchApp('bareTwimlApp.ts');
  const minimal = await startBenchApp('minimalVoiceApp.ts', { BENCH_DATABASE_URL: database.url, BENCH_TWILIO_TOKEN: TOKEN, BENCH_PUBLIC_URL: PUBLIC_URL });
  try {
    await run('warm-up', { url: service.url, requests: callRequests(), duration: 3 });
    await run('warm-up', { url: minimal.url, requests: callRequests(), duration: 3 });
    // Each run's CPU time per request, in the process measured: a figure other work on the machine does not move.
    const perRequest = new Map<string, number>();
    const measured = async (name: string, pid: number, url: string, title: string) => {
      const before = cpuMs(pid);
      const result = await run(title, { url, requests: callRequests() });
      perRequest.set(name, ((cpuMs(pid) - before) * 1000) / Math.max(1, result.requests.total));
      return result;
    };
    const voice = await measured('service', service.pid, service.url, 'service: whole signed calls, every step persisted');
    // The same signed calls, so the load generator does the same work in every run on these two cores.
    const reference = await measured('minimal', minimal.pid, minimal.url, 'minimal app: form, signature, TwiML builder, one write a request');
    const baseline = await measured('bare', bare.pid, bare.url, 'bare Express, fixed TwiML, same signed calls');
    const counted = await database.db.query<{ cases: number; sessions: number; receipts: number; minimal: number }>(
      `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM conversation_sessions) AS sessions,
              (SELECT count(*) FROM outbox_messages) AS receipts, (SELECT count(*) FROM minimal_turns) AS minimal`,
    );
    const row = (name: string, r: autocannon.Result, key: string) =>
      `${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   CPU ${perRequest.get(key)!.toFixed(0).padStart(5)} µs/request   non-2xx ${r.non2xx}   errors ${r.errors}`;
    const ratio = voice.requests.average / reference.requests.average;
    const p99Met = voice.latency.p99 <= reference.latency.p99;
    process.stdout.write(
      [
        '',
        `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`,
        row('service (whole calls)', voice, 'service'),
        row('minimal app (one write)', reference, 'minimal'),
        row('bare Express (fixed TwiML)', baseline, 'bare'),
        `throughput: ${ratio.toFixed(2)}x the minimal app's (target ≥ 1.00x) ${ratio >= 1 ? 'met' : 'NOT met'}; ${((voice.requests.average / baseline.requests.average) * 100).toFixed(0)}% of bare Express`,
        `p99: service ${voice.latency.p99} ms, minimal app ${reference.latency.p99} ms (target: no worse) ${p99Met ? 'met' : 'NOT met'}`,
        `persisted: ${counted.rows[0]!.sessions} calls, ${counted.rows[0]!.cases} cases registered, ${counted.rows[0]!.receipts} SMS receipts queued; minimal app: ${counted.rows[0]!.minimal} turns`,
        '',
      ].join('\n'),
    );
    minimal.stop();
    bare.stop();
    await service.stop();
    process.stdout.write(`after the run (dead rows, HOT updates, index sizes):\n${await tableHealthReport(database.db)}\n`);
  } finally {
    bare.stop();
    minimal.stop();
    await service.stop();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:voice failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
