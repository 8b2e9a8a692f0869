import type { SessionRecord } from './conversationSessions';

/**
 * The last state this instance saw of each recent conversation, so that a webhook costs one round trip
 * (the save) instead of two. It is only a guess: every save is conditional on the stored turn, so a
 * conversation that another instance moved on makes the save fail, and the turn is decided again from
 * what PostgreSQL holds; and no reply is given from it without a save (the conversation checks first).
 * Bounded, least recently used first out.
 */
export interface SessionCache<S, R> {
  get(id: string): SessionRecord<S, R> | undefined;
  set(id: string, session: SessionRecord<S, R>): void;
  delete(id: string): void;
}

export function createSessionCache<S, R>(maxEntries = 5000): SessionCache<S, R> {
  const entries = new Map<string, SessionRecord<S, R>>();
  return {
    get(id) {
      const hit = entries.get(id);
      if (hit) {
        entries.delete(id);
        entries.set(id, hit);
      }
      return hit;
    },
    set(id, session) {
      entries.delete(id);
      entries.set(id, session);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    delete: (id) => void entries.delete(id),
  };
}
