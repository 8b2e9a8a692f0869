/**
 * `npm run bench:register [-- 1000000] [--keep]`: the agents' pages and the voice webhook on a register of a
 * handful of cases and on one of a million (the default; give another count for a quick run), built by set-based
 * SQL on a fresh database on the local PostgreSQL. Prints p50/p95 of each operation over HTTP, logged in, beside
 * its target. The database is dropped at the end unless --keep is given; `--again <url>` measures a kept one again.
 */
import os from 'node:os';
import { Client } from 'pg';
import { AgentClient, createAccount } from '../support/agentClient';
import { createTestDatabase } from '../support/postgres';
import { unitNamed } from '../support/units';
import { openPostgres } from '../../src/db/postgres';
import { startServiceProcess } from '../support/serviceProcess';
import { phoneNumberForReading } from '../../src/domain';
import { BENCH_UNITS, BENCH_VERKSAMHETER, buildRegister, emptyRegister } from './registerBuild';
import { BENCH_PUBLIC_URL, BENCH_TWILIO_TOKEN, measure, OPERATIONS, type BenchContext, type Figures, type SearchSample } from './registerOperations';

const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
/** `--again <url>`: measure a register kept by an earlier `--keep` run again, without building anything. */
const AGAIN = args.includes('--again') ? args[args.indexOf('--again') + 1] : undefined;
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
if (AGAIN !== undefined && !/^postgres(ql)?:\/\//.test(AGAIN)) throw new Error('--again needs the address of the kept database, as --keep printed it');
/** The "empty" register: enough cases for a lookup to find one and a queue to take from. */
const SMALL = 100;
const SAMPLES = 30;
const HANDLER_UNIT = BENCH_UNITS[0]!;
/** The verksamhet above HANDLER_UNIT and five more enheter. */
const MANAGER_UNIT = BENCH_VERKSAMHETER[0]!;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function signIn(serviceUrl: string, username: string): Promise<AgentClient> {
  const client = new AgentClient(serviceUrl);
  const response = await client.logIn(username);
  if (response.status !== 303) throw new Error(`could not log in as ${username}: ${response.status}`);
  return client;
}

async function someReferences(client: Client): Promise<string[]> {
  // Half drawn at random, half among cases with a callback (their pages read the most).
  const result = await client.query<{ reference: string }>(
    // Customer service reads what is not confidential (the access rule), so the agent's samples are drawn from that.
    `(SELECT reference FROM cases WHERE NOT confidential ORDER BY random() LIMIT 20)
     UNION ALL (SELECT c.reference FROM callback_requests cb JOIN cases c ON c.id = cb.case_id WHERE NOT c.confidential ORDER BY random() LIMIT 20)`,
  );
  return result.rows.map((r) => r.reference);
}

/** What agents would type, drawn from the register: numbers as said, names, numbers half typed, addresses, words. */
async function someSearches(client: Client): Promise<Record<SearchSample, string[]>> {
  const { rows } = await client.query<{ name: string; phone: string; email: string | null; year: number }>(
    `SELECT contact_name AS name, contact_phone AS phone, contact_email AS email, extract(year FROM registered_at)::integer AS year
     FROM cases WHERE contact_name IS NOT NULL ORDER BY random() LIMIT 20`,
  );
  const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
  return {
    'number prefix': rows.map((r, i) => `${new Date().getFullYear() - (i % 2)} ${1 + (i % 9)}`),
    // A whole name, or a first name and the beginning of a surname.
    name: rows.map((r, i) => (i % 2 ? r.name : `${r.name.split(' ')[0]} ${r.name.split(' ')[1]!.slice(0, 4)}`)),
    'phone number': rows.map((r, i) => phoneNumberForReading(r.phone).slice(0, i % 2 ? 13 : 9)),
    'e-mail': emails.length ? emails : ['invanare1@example.se'],
    'description words': ['medicinerna', 'ledsagning ansökan', 'gruppbostaden personal', 'boka biståndshandläggaren', 'hemtjänsten tisdag', 'ute tre veckor'],
  };
}

async function measureAll(context: Omit<BenchContext, 'references' | 'searches'>, client: Client): Promise<Map<string, Figures>> {
  const full = { ...context, references: await someReferences(client), searches: await someSearches(client) };
  const figures = new Map<string, Figures>();
  for (const operation of OPERATIONS) {
    const f = await measure(operation, full, SAMPLES);
    log(`  ${operation.name.padEnd(28)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p95 ${f.p95.toFixed(1).padStart(7)} ms   fastest ${f.min.toFixed(1).padStart(6)} ms`);
    figures.set(operation.name, f);
  }
  return figures;
}

function table(small: Map<string, Figures>, large: Map<string, Figures>): string {
  const cell = (f: Figures | undefined) => (f ? `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)} (${f.min.toFixed(1)}) ms` : '');
  const header = `| operation | empty (${SMALL} cases) p50 / p95 (fastest) | ${COUNT.toLocaleString('en')} cases p50 / p95 (fastest) | target (p95) |`;
  const rows = OPERATIONS.map((o) => {
    const f = large.get(o.name);
    const verdict = f ? (f.p95 < o.targetMs ? 'met' : 'NOT met') : '';
    return `| ${o.name} | ${cell(small.get(o.name))} | ${cell(f)} | < ${o.targetMs} ms (${verdict}) |`;
  });
  const load = os.loadavg()[0]!.toFixed(1);
  return [header, '|---|---|---|---|', ...rows, '', `load average at the end: ${load} on ${os.cpus().length} cores`].join('\n');
}

async function main(): Promise<void> {
  if (!Number.isInteger(COUNT) || COUNT < SMALL) throw new Error(`give the number of cases, at least ${SMALL}`);
  const database = AGAIN ? { url: AGAIN, db: openPostgres(AGAIN), drop: async () => undefined } : await createTestDatabase();
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const service = await startServiceProcess({
    DATABASE_URL: database.url, TWILIO_AUTH_TOKEN: BENCH_TWILIO_TOKEN, PUBLIC_BASE_URL: BENCH_PUBLIC_URL, NODE_ENV: 'production',
    LOG_LEVEL: 'info', CHAT_TOKEN_SECRET: 'bench-chat-token-secret-of-at-least-32-chars', RESIDENT_LINK_SECRET: 'bench-resident-link-secret-of-at-least-32-chars',
    // Always open, so the call registers the same way whatever time the bench runs.
    OPENING_HOURS: 'mon-sun 00:00-24:00',
  });
  try {
    log(`bench:register on ${database.url.replace(/^.*\//, '')}`);
    if (!AGAIN) {
      // The handler works one enhet; its manager the verksamhet above it (and so its six enheter, the build adds the rest).
      await unitNamed(database.db, HANDLER_UNIT, { parentId: await unitNamed(database.db, MANAGER_UNIT, { level: 'verksamhet' }) });
      await createAccount(database.db, 'bench-agent', 'agent');
      await createAccount(database.db, 'bench-handler', 'handler', { unit: HANDLER_UNIT });
      await createAccount(database.db, 'bench-manager', 'handler', { unit: MANAGER_UNIT });
    }
    const context = {
      serviceUrl: service.url,
      agent: await signIn(service.url, 'bench-agent'),
      handler: await signIn(service.url, 'bench-handler'),
      manager: await signIn(service.url, 'bench-manager'),
    };

    let small = new Map<string, Figures>();
    if (!AGAIN) {
      log(`building an empty register (${SMALL} cases)…`);
      await buildRegister(client, SMALL, log);
      log(`measuring (${SAMPLES} requests each, one at a time):`);
      small = await measureAll(context, client);

      await emptyRegister(client);
      log(`building a register of ${COUNT.toLocaleString('en')} cases…`);
      const seconds = await buildRegister(client, COUNT, log);
      log(`built in ${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s)`);
    }
    const sizes = await client.query<{ what: string; n: string }>(
      `SELECT 'cases' AS what, count(*) AS n FROM cases UNION ALL SELECT 'history events', count(*) FROM case_events
       UNION ALL SELECT 'callbacks', count(*) FROM callback_requests UNION ALL SELECT 'pending callbacks', count(*) FROM callback_requests WHERE status = 'pending'
       UNION ALL SELECT 'outbox messages', count(*) FROM outbox_messages UNION ALL SELECT 'conversation sessions', count(*) FROM conversation_sessions
       UNION ALL SELECT 'chat transcript rows', count(*) FROM chat_activities
       UNION ALL SELECT 'overdue cases', count(*) FROM cases WHERE status NOT IN ('answered', 'closed') AND news_due < now()
         AND (answer_due < now() OR status IN ('registered', 'routed', 'incomplete'))
       UNION ALL SELECT 'database size (MB)', pg_database_size(current_database()) / 1048576`,
    );
    log(sizes.rows.map((r) => `  ${r.what}: ${Number(r.n).toLocaleString('en')}`).join('\n'));
    log(`measuring (${SAMPLES} requests each, one at a time):`);
    const large = await measureAll(context, client);
    log(`\n${table(small, large)}\n`);
  } finally {
    await service.stop();
    await client.end();
    if (KEEP || AGAIN) {
      log(`kept the database: ${database.url}`);
      await database.db.close();
    } else {
      await database.drop();
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:register failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
