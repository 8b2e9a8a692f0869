import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServiceMetrics } from '../../../src/metrics/serviceMetrics';

const DASHBOARD = join(__dirname, '..', '..', '..', 'deploy', 'grafana', 'synpunkt-dashboard.json');

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
}

describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: Panel[] };
  const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
  const registered = new Set(
    createServiceMetrics({
      poolUse: () => ({ total: 1, idle: 1, waiting: 0 }),
      callbackBacklog: async () => ({ waiting: 0, overdue: 0 }),
      outboxBacklog: async () => ({ sms_receipt: { pending: 0, failed: 0 }, click_to_call: { pending: 0, failed: 0 }, email: { pending: 0, failed: 0 }, sms: { pending: 0, failed: 0 }, letter: { pending: 0, failed: 0 } }),
    }).registry.getMetricsAsArray().map((m) => m.name),
  );

  it('asks only for metrics the service exports (a renamed metric would leave a panel empty)', () => {
    const asked = new Set(exprs.flatMap((e) => [...e.matchAll(/\b((?:synpunkt|process|nodejs)_[a-z0-9_]+)/g)].map((m) => m[1]!.replace(/_(bucket|count|sum)$/, ''))));
    expect(asked.size).toBeGreaterThan(5);
    for (const name of asked) expect({ name, exported: registered.has(name) }).toEqual({ name, exported: true });
  });

  it('has panels for the funnel, the latency and the queues', () => {
    for (const metric of ['synpunkt_conversation_turns_total', 'synpunkt_conversation_hangups_total', 'synpunkt_http_request_duration_seconds_bucket', 'synpunkt_callbacks', 'synpunkt_outbox_messages', 'synpunkt_db_connections']) {
      expect(exprs.some((e) => e.includes(metric))).toBe(true);
    }
  });
});
