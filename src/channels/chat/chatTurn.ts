import type { TurnRequest } from '../../conversation/conversation';
import type { Reply } from '../../conversation/reply';
import type { FlowInput } from '../../flow/types';
import type { Language } from '../../domain';
import type { Logger } from '../../logging/logger';
import type { ChatActivity } from './chatActivity';
import { message } from './chatRendering';
import { CHAT_WORDS } from './chatWords';

/**
 * Status on request beside the intake (src/residentStatus, wired in src/service.ts): a reply for the messages it
 * takes ("status 2026-00042", a code awaited, "inte nöjd"), null for everything else, which goes to the conversation.
 */
export type ChatStatusPort = (request: { conversationId: string; input: FlowInput; address: string | null; lang: Language | undefined }) => Promise<Reply | null>;

/** The conversation layer as the chat uses it (createConversation's instance, shared with the phone). */
export interface ChatConversation {
  handle(request: TurnRequest): Promise<Reply>;
}

export interface ChatTurnRequest {
  sessionId: string;
  /** Names the delivery (the client's activity id): the same key again gets the stored reply. */
  requestKey: string;
  input: FlowInput;
  /** The page's or client's language, used when this turn opens the conversation. */
  lang: Language | undefined;
}

/**
 * One turn of a chat. A chat may open with a message instead of a start (a client that sends no
 * conversationUpdate): the conversation layer answers that with turn 0, and the resident is greeted instead.
 */
export async function runChatTurn(conversation: ChatConversation, request: ChatTurnRequest): Promise<Reply> {
  const { sessionId, requestKey, input, lang } = request;
  const reply = await conversation.handle({ sessionId, channel: 'chat', requestKey, input });
  if (reply.turn > 0 || input.kind === 'start' || input.kind === 'hangup') return reply;
  return conversation.handle({ sessionId, channel: 'chat', requestKey: `${requestKey}:start`, input: { kind: 'start', ...(lang ? { lang } : {}) } });
}

/**
 * The one answer to a failed turn, on every chat route: an apology in the chat, and a log line without
 * personal data. Nothing of the turn was saved (the conversation saves all-or-nothing), so everything the
 * resident said before it is kept and they can answer again.
 */
export function turnFailed(logger: Logger, err: unknown, where: string, language: Language): ChatActivity[] {
  logger.error(`a chat turn failed (${where}); the resident was asked to answer again`, { error: describeSafely(err) });
  return [{ ...message(language, CHAT_WORDS.apology[language]), inputHint: 'expectingInput' }];
}

/**
 * An error's kind and where it happened, not its message: a database error can quote the row it refused,
 * which holds what the resident wrote.
 */
export function describeSafely(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { kind: typeof err };
  const { code, constraint } = err as { code?: unknown; constraint?: unknown };
  const frames = (err.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8);
  return { kind: err.name, ...(typeof code === 'string' ? { code } : {}), ...(typeof constraint === 'string' ? { constraint } : {}), frames };
}
