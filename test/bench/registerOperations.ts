/**
 * What `npm run bench:register` measures: named operations over HTTP, each one request (or the one request of a
 * few that matters) timed as a logged-in agent, handler or Twilio sees it. Later issues add theirs to the list.
 */
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../../src/agent/agentRoutes';
import type { AgentClient } from '../support/agentClient';
import { CALL_ANSWERS } from './callAnswers';

export const BENCH_TWILIO_TOKEN = 'bench-token';
export const BENCH_PUBLIC_URL = 'http://bench.local';

export interface BenchContext {
  serviceUrl: string;
  /** Customer service: reads every case that is not confidential, so its search covers the whole register. */
  agent: AgentClient;
  /** A handler of one unit (enhet). */
  handler: AgentClient;
  /** A verksamhetschef: the verksamhet and the six enheter below it. */
  manager: AgentClient;
  /** A quality analyst: the report of the register's figures. */
  analyst: AgentClient;
  /** Case numbers to look up, drawn from the register being measured. */
  references: string[];
  /** What agents type into the search box, by kind, drawn from the register being measured. */
  searches: Record<SearchSample, string[]>;
}

export const SEARCH_SAMPLES = ['number prefix', 'name', 'phone number', 'e-mail', 'description words'] as const;
export type SearchSample = (typeof SEARCH_SAMPLES)[number];

export interface BenchOperation {
  name: string;
  /** The target at 1,000,000 cases, p95 over HTTP. */
  targetMs: number;
  /** Runs one sample: the work before and after may be done here, the part that counts goes through `timed`. */
  sample(context: BenchContext, timed: <T>(request: () => Promise<T>) => Promise<T>, index: number): Promise<void>;
}

function expectStatus(what: string, status: number, wanted: number): void {
  if (status !== wanted) throw new Error(`${what} answered ${status}, not ${wanted}`);
}

async function page(client: AgentClient, path: string, timed: <T>(r: () => Promise<T>) => Promise<T>): Promise<void> {
  const answer = await timed(() => client.page(path));
  expectStatus(`GET ${path}`, answer.status, 200);
}

const signed = (url: string, params: Record<string, string>) => ({
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Twilio-Signature': twilio.getExpectedTwilioSignature(BENCH_TWILIO_TOKEN, url, params),
  },
  body: new URLSearchParams(params).toString(),
});

/** Plays a whole call of signed webhooks; only the last turn, which registers the case, is timed. */
async function registeringCall(context: BenchContext, timed: <T>(r: () => Promise<T>) => Promise<T>): Promise<void> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const from = `+4673${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  let url = `${BENCH_PUBLIC_URL}/voice/incoming`;
  const turns = [{ CallStatus: 'ringing' }, ...CALL_ANSWERS];
  for (const [i, answer] of turns.entries()) {
    const post = () => fetch(context.serviceUrl + url.slice(BENCH_PUBLIC_URL.length), signed(url, { CallSid: callSid, From: from, ...answer }));
    const response = i === turns.length - 1 ? await timed(async () => { const r = await post(); return { status: r.status, body: await r.text() }; })
      : await post().then(async (r) => ({ status: r.status, body: await r.text() }));
    expectStatus(`voice turn ${i}`, response.status, 200);
    const next = /action="([^"]+)"/.exec(response.body)?.[1]?.replace(/&amp;/g, '&');
    if (next) url = next;
    else if (i < turns.length - 1) throw new Error(`voice turn ${i} asked nothing more: ${response.body}`);
  }
}

/** One page read by one of the bench's people. */
const pageFor = (name: string, targetMs: number, who: (c: BenchContext) => AgentClient, path: string): BenchOperation => ({
  name,
  targetMs,
  sample: (c, timed) => page(who(c), path, timed),
});

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'callback queue page',
    targetMs: 20,
    sample: (c, timed) => page(c.agent, AGENT_ROUTE.callbacks, timed),
  },
  {
    name: 'take next callback',
    targetMs: 20,
    async sample(c, timed) {
      const claimed = await timed(() => c.agent.api<{ callback: { id: number } | null }>('POST', AGENT_API.claimNextCallback));
      expectStatus('claim next', claimed.status, 200);
      if (!claimed.body.callback) throw new Error('the queue is empty: nothing to claim');
      // Given back, so the queue stays as full as it was.
      const released = await c.agent.api('POST', pathTo(AGENT_API.releaseCallback, { id: String(claimed.body.callback.id) }));
      expectStatus('release', released.status, 200);
    },
  },
  {
    name: 'case page by number',
    targetMs: 10,
    sample: (c, timed, i) => page(c.agent, pathTo(AGENT_ROUTE.case, { reference: c.references[i % c.references.length]! }), timed),
  },
  {
    name: 'lookup by number (API)',
    targetMs: 10,
    async sample(c, timed, i) {
      const reference = c.references[i % c.references.length]!;
      const answer = await timed(() => c.agent.api('GET', `${AGENT_API.cases}?reference=${encodeURIComponent(reference)}`));
      expectStatus('lookup', answer.status, 200);
    },
  },
  pageFor('overdue list, all units', 15, (c) => c.agent, AGENT_ROUTE.overdue),
  pageFor('overdue list, one unit', 15, (c) => c.handler, AGENT_ROUTE.overdue),
  pageFor('inbox, handler of one unit', 20, (c) => c.handler, AGENT_ROUTE.inbox),
  pageFor('inbox, manager (verksamhet)', 20, (c) => c.manager, AGENT_ROUTE.inbox),
  ...SEARCH_SAMPLES.map(
    (kind): BenchOperation => ({
      name: `search: ${kind}`,
      targetMs: 20,
      // As the page's script asks while the agent types (typing: the list, even for a whole case number).
      sample: (c, timed, i) => page(c.agent, `${AGENT_ROUTE.findCase}?q=${encodeURIComponent(c.searches[kind][i % c.searches[kind].length]!)}&typing=1`, timed),
    }),
  ),
  {
    name: 'serious list, customer service',
    targetMs: 20,
    sample: (c, timed) => page(c.agent, `${AGENT_ROUTE.serious}?visa=alla`, timed),
  },
  {
    name: 'serious list, one handler',
    targetMs: 20,
    sample: (c, timed) => page(c.handler, `${AGENT_ROUTE.serious}?visa=alla`, timed),
  },
  // The last whole half-year beside the same half-year a year earlier: the report the nämnd gets (issue 14).
  pageFor('analysis report, half-year', 1000, (c) => c.analyst, AGENT_ROUTE.analysis),
  {
    name: 'voice turn that registers',
    targetMs: 25,
    sample: (c, timed) => registeringCall(c, timed),
  },
];

export interface Figures {
  p50: number;
  p95: number;
  /** The fastest sample: what the operation costs when nothing else on the machine gets in its way. */
  min: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Warms up, then times `samples` runs one after another; p50, p95 and the fastest in milliseconds. */
export async function measure(operation: BenchOperation, context: BenchContext, samples: number, warmUp = 5): Promise<Figures> {
  const times: number[] = [];
  for (let i = 0; i < warmUp + samples; i++) {
    await operation.sample(
      context,
      async (request) => {
        const t0 = performance.now();
        const result = await request();
        if (i >= warmUp) times.push(performance.now() - t0);
        return result;
      },
      i,
    );
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), min: times[0]! };
}
