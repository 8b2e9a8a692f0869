import { createServiceMetrics, type MetricsSources } from '../../../src/metrics/serviceMetrics';

const EMPTY_OUTBOX = { sms_receipt: { pending: 0, failed: 0 }, click_to_call: { pending: 0, failed: 0 }, email: { pending: 0, failed: 0 }, sms: { pending: 0, failed: 0 }, letter: { pending: 0, failed: 0 } };
const SOURCES: MetricsSources = {
  poolUse: () => ({ total: 4, idle: 3, waiting: 0 }),
  callbackBacklog: async () => ({ waiting: 2, overdue: 1 }),
  outboxBacklog: async () => EMPTY_OUTBOX,
};

async function series(sources: MetricsSources, act: (m: ReturnType<typeof createServiceMetrics>) => void = () => undefined) {
  const metrics = createServiceMetrics(sources);
  act(metrics);
  const json = await metrics.registry.getMetricsAsJSON();
  return (name: string) => json.find((m) => m.name === name)?.values.map((v) => ({ labels: v.labels, value: v.value })) ?? [];
}

describe('the service metrics', () => {
  it('label the funnel with step ids only: anything else is "other"', async () => {
    const of = await series(SOURCES, ({ observer }) => {
      observer.turnTaken('phone', 'what');
      observer.turnTaken('chat', '+46701234567');
      observer.hungUp('phone', 'name');
      observer.caseRegistered('chat', 'berom');
      observer.caseRegistered('phone', null);
    });
    expect(of('synpunkt_conversation_turns_total')).toEqual([
      { labels: { channel: 'phone', step: 'what' }, value: 1 },
      { labels: { channel: 'chat', step: 'other' }, value: 1 },
    ]);
    expect(of('synpunkt_conversation_hangups_total')).toEqual([{ labels: { channel: 'phone', step: 'name' }, value: 1 }]);
    expect(of('synpunkt_cases_registered_total')).toEqual([
      { labels: { channel: 'chat', kind: 'berom' }, value: 1 },
      { labels: { channel: 'phone', kind: 'unknown' }, value: 1 },
    ]);
  });

  it('read the queues and the pool when scraped', async () => {
    const of = await series(SOURCES);
    expect(of('synpunkt_callbacks')).toEqual([{ labels: { state: 'waiting' }, value: 2 }, { labels: { state: 'overdue' }, value: 1 }]);
    expect(of('synpunkt_db_connections')).toEqual([
      { labels: { state: 'total' }, value: 4 },
      { labels: { state: 'idle' }, value: 3 },
      { labels: { state: 'waiting' }, value: 0 },
    ]);
    expect(of('synpunkt_outbox_messages')).toHaveLength(10);
  });

  it('still answer a scrape when the database is lost: those gauges have no value, the process metrics stay', async () => {
    const lost = async () => Promise.reject(new Error('connection refused'));
    const of = await series({ ...SOURCES, callbackBacklog: lost, outboxBacklog: lost });
    expect(of('synpunkt_callbacks')).toEqual([]);
    expect(of('synpunkt_outbox_messages')).toEqual([]);
    expect(of('synpunkt_db_connections')).toHaveLength(3);
    expect(of('process_cpu_seconds_total')).toHaveLength(1);
  });
});
