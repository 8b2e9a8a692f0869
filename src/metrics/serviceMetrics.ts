import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CaseKind, ConversationChannel } from '../domain';
import type { PoolUse } from '../db/database';
import type { TurnObserver } from '../conversation/turnObserver';
import type { CallbackBacklog } from '../callbacks/callbackBacklog';
import type { OutboxBacklog } from '../outbox/outboxBacklog';
import { labelValue } from './metricLabels';

/** What the gauges read on each scrape, through the modules that own the tables (wired in src/service.ts). */
export interface MetricsSources {
  poolUse(): PoolUse;
  callbackBacklog(): Promise<CallbackBacklog>;
  outboxBacklog(): Promise<OutboxBacklog>;
}

/** Seconds: a webhook answers in milliseconds, Twilio gives up at 15 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/**
 * The service's metrics in one registry of its own (not prom-client's global one): counters the conversation and
 * the HTTP layer bump, and gauges read from PostgreSQL only when Prometheus asks. Every label is a name the service
 * chose (labelValue turns anything else into "other").
 */
export function createServiceMetrics(sources: MetricsSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requestSeconds = new Histogram({
    name: 'synpunkt_http_request_duration_seconds',
    help: 'Time to answer a request (Twilio webhooks, chat turns and polls, pages), per method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const turns = new Counter({
    name: 'synpunkt_conversation_turns_total',
    help: 'Turns of residents\' conversations, per channel and the step each turn led to (the intake funnel)',
    labelNames: ['channel', 'step'] as const,
    registers: [registry],
  });
  const hangUps = new Counter({
    name: 'synpunkt_conversation_hangups_total',
    help: 'Conversations left before their end (hang-ups, closed chats, abandoned ones), per channel and the step left on',
    labelNames: ['channel', 'step'] as const,
    registers: [registry],
  });
  const cases = new Counter({
    name: 'synpunkt_cases_registered_total',
    help: 'Cases registered by residents\' conversations, per channel and kind',
    labelNames: ['channel', 'kind'] as const,
    registers: [registry],
  });

  new Gauge({
    name: 'synpunkt_db_connections',
    help: 'Database connections by state (PGlite: its one connection); waiting counts statements queued for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const use = sources.poolUse();
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });
  new Gauge({
    name: 'synpunkt_callbacks',
    help: 'Callbacks open (waiting: pending or claimed) and, of those, overdue (the wished window has closed)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const backlog = await unlessDatabaseLost(this, sources.callbackBacklog());
      if (!backlog) return;
      this.set({ state: 'waiting' }, backlog.waiting);
      this.set({ state: 'overdue' }, backlog.overdue);
    },
  });
  new Gauge({
    name: 'synpunkt_outbox_messages',
    help: 'Outbox messages still to deliver (pending) and given up on (failed), per kind',
    labelNames: ['kind', 'status'] as const,
    registers: [registry],
    async collect() {
      const backlog = await unlessDatabaseLost(this, sources.outboxBacklog());
      for (const [kind, counts] of Object.entries(backlog ?? {})) {
        this.set({ kind, status: 'pending' }, counts.pending);
        this.set({ kind, status: 'failed' }, counts.failed);
      }
    },
  });

  const observer: TurnObserver = {
    turnTaken: (channel: ConversationChannel, step: string) => turns.inc({ channel, step: labelValue(step) }),
    hungUp: (channel: ConversationChannel, step: string) => hangUps.inc({ channel, step: labelValue(step) }),
    caseRegistered: (channel: ConversationChannel, kind: CaseKind | null) => cases.inc({ channel, kind: kind ?? 'unknown' }),
  };

  return { registry, requestSeconds, observer };
}

export type ServiceMetrics = ReturnType<typeof createServiceMetrics>;

/**
 * A gauge the database could not be asked for has no value this scrape (its series disappear, as Prometheus shows
 * a gap) rather than failing the whole scrape: with the database lost, the process's own metrics matter most.
 */
async function unlessDatabaseLost<T>(gauge: { reset(): void }, reading: Promise<T>): Promise<T | null> {
  try {
    return await reading;
  } catch {
    gauge.reset();
    return null;
  }
}
