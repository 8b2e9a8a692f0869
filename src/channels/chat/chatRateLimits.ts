import { createHmac } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ChatLimits } from '../../config/config';
import type { Database } from '../../db/database';

/** What a limit says about one more request: go on, or wait this long. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimit {
  take(key: string): Promise<RateVerdict>;
}

export interface ChatRateLimits {
  /** Every Direct Line request of an address except polls (tokens, starts, posts, reconnects). */
  requestsPerAddress: RateLimit;
  newChatsPerAddress: RateLimit;
  messagesPerConversation: RateLimit;
  /** Polls of one conversation: beyond it a poll is answered later, never refused. */
  pollsPerConversation: RateLimit;
}

/** The table db/011_chat_rate_limits.sql makes; the library writes it in its own shape. */
const TABLE = 'chat_rate_limits';
const WINDOW_SECONDS = 60;

/**
 * The chat's rate limits. On PostgreSQL they are counted in the database, so every instance counts the same
 * window; embedded PGlite serves one instance only, so there the count is kept in memory (the same numbers, and
 * no write per request on the single connection). Should the database fail to count, the request is let through
 * on an in-memory count: a limit is no reason to refuse a resident. Addresses are kept as an HMAC only.
 */
export function createChatRateLimits(db: Database, limits: ChatLimits, secret: string): ChatRateLimits {
  const make = (keyPrefix: string, points: number): RateLimit => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS });
    const limiter: RateLimiterAbstract =
      db.kind === 'postgres'
        ? new RateLimiterPostgres({
            storeClient: storeOf(db),
            storeType: 'pool',
            tableName: TABLE,
            tableCreated: true,
            keyPrefix,
            points,
            duration: WINDOW_SECONDS,
            insuranceLimiter: memory,
          })
        : memory;
    return {
      async take(key) {
        try {
          await limiter.consume(pseudonym(secret, key));
          return { ok: true };
        } catch (refusal) {
          if (refusal instanceof RateLimiterRes) return { ok: false, retryAfterMs: refusal.msBeforeNext };
          throw refusal;
        }
      },
    };
  };
  return {
    requestsPerAddress: make('req', limits.requestsPerAddress),
    newChatsPerAddress: make('new', limits.newChatsPerAddress),
    messagesPerConversation: make('msg', limits.messagesPerConversation),
    pollsPerConversation: make('poll', limits.pollsPerConversation),
  };
}

/** The database port in the shape the library calls (a pg Pool's query with a query object). */
function storeOf(db: Database) {
  return {
    query: ({ text, values }: { text: string; values?: unknown[] }) => db.query(text, values ?? []),
  };
}

function pseudonym(secret: string, key: string): string {
  return createHmac('sha256', secret).update(key).digest('base64url').slice(0, 27);
}
