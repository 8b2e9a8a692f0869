/**
 * A fixed one-minute window per key (an address, a conversation), in this process only: with several
 * instances each counts its own share (README: per instance). Bounded: past maxKeys the oldest key is forgotten.
 */
export interface RateWindow {
  /** Counts one request for key; false when the key has used up its window. */
  take(key: string): boolean;
}

export function createRateWindow(limitPerMinute: number, clock: () => number = Date.now, maxKeys = 20_000): RateWindow {
  const WINDOW_MS = 60_000;
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    take(key) {
      const now = clock();
      const current = windows.get(key);
      if (current && now - current.startedAt < WINDOW_MS) {
        current.count += 1;
        return current.count <= limitPerMinute;
      }
      // A new window goes to the back, so the front holds the keys idle longest.
      windows.delete(key);
      windows.set(key, { startedAt: now, count: 1 });
      if (windows.size > maxKeys) windows.delete(windows.keys().next().value!);
      return limitPerMinute >= 1;
    },
  };
}
