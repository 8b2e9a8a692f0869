import type { Queryable } from '../../src/db/database';
import { startInProcessService, type InProcessService } from './inProcessService';
import { OPEN } from './voice';

/** Signs the chat's tokens in tests, so a test can make an expired one. */
export const CHAT_TEST_SECRET = 'chat-test-secret-that-is-long-enough-0123456789';
export const DIRECT_LINE = '/v3/directline';

export type ChatService = InProcessService;

/** The whole service in this process, on a test database, with a clock the test sets (open hours by default). */
export function startChatService(databaseUrl: string, env: Record<string, string> = {}, now = OPEN): Promise<ChatService> {
  return startInProcessService(
    { DATABASE_URL: databaseUrl, TWILIO_AUTH_TOKEN: 'chat-tests-do-not-sign-calls', CHAT_TOKEN_SECRET: CHAT_TEST_SECRET, ...env },
    now,
  );
}

/** A token for a new conversation, as the website's page gets one. */
export async function generateToken(baseUrl: string): Promise<{ token: string; conversationId: string; expires_in: number }> {
  const response = await fetch(`${baseUrl}${DIRECT_LINE}/tokens/generate`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`tokens/generate answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { token: string; conversationId: string; expires_in: number };
}

/** A raw Direct Line request, for the answers a well-behaved client never provokes. */
export async function directLineRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; token?: string | null; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${DIRECT_LINE}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the test sees the text
  }
  return { status: response.status, body: parsed };
}

/**
 * Makes the first transcript append that matches `when` (a SQL condition on the new chat_activities row, NEW)
 * fail, as a database hiccup would, so tests can see what a retried post does.
 */
export function failTranscriptAppendOnce(db: Queryable, when: string): Promise<void> {
  return db.exec(`
    CREATE SEQUENCE test_append_failures;
    CREATE FUNCTION test_fail_append_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Nested, not AND: SQL does not promise to skip nextval when the condition is false.
      IF ${when} THEN
        IF nextval('test_append_failures') = 1 THEN
          RAISE EXCEPTION 'test: the transcript append fails once';
        END IF;
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_fail_append_once BEFORE INSERT ON chat_activities FOR EACH ROW EXECUTE FUNCTION test_fail_append_once();
  `);
}
