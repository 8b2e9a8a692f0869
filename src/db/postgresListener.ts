import { Client } from 'pg';
import type { NotifyHandler, StopListening } from './database';

/** How long to wait before connecting again after the listening connection was lost: doubling, capped. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 15_000;

/**
 * LISTEN needs a connection of its own: a pooled one is handed to other queries between statements and would
 * drop the subscription. This one reconnects by itself; after a reconnect the handler hears null, because
 * notifications sent while it was away are lost and the listener must catch up by reading.
 */
export async function listenWithPostgres(connectionString: string, channel: string, onNotify: NotifyHandler): Promise<StopListening> {
  let stopped = false;
  let client: Client | null = null;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;
  const quoted = `"${channel.replace(/"/g, '""')}"`;

  async function connect(): Promise<void> {
    const next = new Client({ connectionString, application_name: 'synpunkt-listen' });
    next.on('notification', (n) => {
      if (n.channel === channel) onNotify(n.payload ?? '');
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    await next.connect();
    await next.query(`LISTEN ${quoted}`);
    client = next;
  }

  function lost(which: Client): void {
    if (stopped || client !== which) return;
    client = null;
    void which.end().catch(() => undefined);
    timer = setTimeout(reconnect, retryMs);
  }

  async function reconnect(): Promise<void> {
    if (stopped) return;
    try {
      await connect();
      retryMs = FIRST_RETRY_MS;
      onNotify(null);
    } catch {
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
      timer = setTimeout(reconnect, retryMs);
    }
  }

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const last = client;
    client = null;
    await last?.end().catch(() => undefined);
  };
}
