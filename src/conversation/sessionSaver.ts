import type { Queryable } from '../db/database';
import { saveSession, saveSessions, type SessionWrite } from './conversationSessions';

/** At most this many turns in one statement, and this many statements under way at once. */
const MAX_BATCH = 100;
const MAX_IN_FLIGHT = 2;

interface Pending {
  write: SessionWrite<unknown, unknown>;
  resolve(saved: boolean): void;
  reject(err: unknown): void;
}

export interface SessionSaver {
  save<S, R>(write: SessionWrite<S, R>): Promise<boolean>;
}

/**
 * Group commit for conversation turns: turns that arrive while a save is under way go to PostgreSQL together,
 * in one statement and one commit. Each turn is still saved only if it is the conversation's next one. On this
 * kind of host every round trip costs system calls that dominate a webhook's CPU, so fifty calls answering at
 * once cost a few statements instead of fifty.
 */
export function createSessionSaver(db: Queryable): SessionSaver {
  let queue: Pending[] = [];
  let inFlight = 0;

  function takeBatch(): Pending[] {
    // Two turns of one conversation never share a statement: the second must see the first saved.
    const ids = new Set<string>();
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    for (const pending of queue) {
      if (batch.length < MAX_BATCH && !ids.has(pending.write.id)) {
        ids.add(pending.write.id);
        batch.push(pending);
      } else rest.push(pending);
    }
    queue = rest;
    return batch;
  }

  async function send(batch: Pending[]): Promise<void> {
    try {
      const saved = await saveSessions(db, batch.map((p) => p.write));
      for (const p of batch) p.resolve(saved.has(p.write.id));
    } catch {
      // One bad turn must not fail the others: save them one by one, each failing alone.
      await Promise.all(batch.map((p) => saveSession(db, p.write).then(p.resolve, p.reject)));
    }
  }

  function pump(): void {
    while (inFlight < MAX_IN_FLIGHT && queue.length > 0) {
      const batch = takeBatch();
      inFlight++;
      void send(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    save<S, R>(write: SessionWrite<S, R>): Promise<boolean> {
      return new Promise<boolean>((resolve, reject) => {
        queue.push({ write: write as SessionWrite<unknown, unknown>, resolve, reject });
        pump();
      });
    },
  };
}
