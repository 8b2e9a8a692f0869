import type { Database, StopListening } from '../db/database';

/** The channel db/020's triggers notify on, with the list that changed as the payload. */
export const WORK_CHANNEL = 'synpunkt_work';
export const WORK_LISTS = ['inbox', 'callbacks'] as const;
export type WorkList = (typeof WORK_LISTS)[number];

/** Hears that a list changed; null when notices may have been missed (the connection was lost): read every list. */
export type WorkListener = (list: WorkList | null) => void;

export interface WorkNotices {
  /** Until the returned function is called; onStop hears when the service stops (an open stream must end then). */
  subscribe(listener: WorkListener, onStop: () => void): () => void;
  /** Ends every subscription (before the server closes: it waits for open streams) and the LISTEN. */
  stop(): Promise<void>;
}

/**
 * Tells the open inbox and callback-queue pages of this instance that their list changed, whichever instance
 * wrote it (PostgreSQL NOTIFY; PGlite delivers its own). One LISTEN per process, opened with the first page that
 * asks, whatever the number of pages open.
 */
export function workNotices(db: Pick<Database, 'listen'>, onError: (err: Error) => void): WorkNotices {
  const listeners = new Map<WorkListener, () => void>();
  let listening: Promise<StopListening | null> | null = null;
  let stopped = false;

  const tell = (payload: string | null) => {
    const list = WORK_LISTS.find((l) => l === payload) ?? null;
    if (payload !== null && list === null) return;
    for (const listener of listeners.keys()) listener(list);
  };

  function listen(): void {
    listening ??= db.listen(WORK_CHANNEL, tell).catch((err: unknown) => {
      // Tried again by the next page that subscribes; until then pages keep what they show.
      listening = null;
      onError(err as Error);
      return null;
    });
  }

  return {
    subscribe(listener, onStop) {
      if (stopped) {
        onStop();
        return () => undefined;
      }
      listeners.set(listener, onStop);
      listen();
      return () => listeners.delete(listener);
    },
    async stop() {
      stopped = true;
      const ending = [...listeners.values()];
      listeners.clear();
      for (const onStop of ending) onStop();
      const stop = await listening;
      await stop?.();
    },
  };
}
