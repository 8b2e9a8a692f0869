/** Too much of one kind of work is waiting already; the caller should say "try again in a moment". */
export class TooBusyError extends Error {
  override readonly name = 'TooBusyError';
}

export interface WorkLimit {
  /** Runs work when fewer than `concurrency` runs are under way; throws TooBusyError when too many wait already. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * At most `concurrency` runs at once, at most `maxWaiting` queued behind them, the rest refused at once. Kept in
 * the process: it guards this process's threads and memory, not a shared resource.
 */
export function createWorkLimit(concurrency: number, maxWaiting: number): WorkLimit {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(work) {
      if (running < concurrency) running++;
      else if (waiting.length >= maxWaiting) throw new TooBusyError('Too many are waiting for this work already.');
      else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over by the run that ends
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}
