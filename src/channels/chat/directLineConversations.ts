import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database';
import { isDatabaseUnavailable } from '../../db/databaseErrors';
import type { Language, MinorityLanguage } from '../../domain';
import type { Logger } from '../../logging/logger';
import { clientActivityIdOf, type ChatActivity, type IncomingActivity } from './chatActivity';
import type { FlowInput } from '../../flow/types';
import { renderReply, type RenderOptions } from './chatRendering';
import { runChatTurn, turnFailed, type ChatConversation, type ChatStatusPort } from './chatTurn';
import * as transcript from './transcriptStore';

export interface DirectLineDeps {
  db: Database;
  conversation: ChatConversation;
  /** Status on request, answered before the conversation when it takes the message. */
  status?: ChatStatusPort;
  logger: Logger;
  render: RenderOptions;
}

/** The bot as it appears in the transcript. */
export const BOT_ACCOUNT = { id: 'synpunkt', name: 'Kundtjänst', role: 'bot' } as const;
/** Most activities one poll returns; a client with more to read polls again from the new watermark. */
export const PAGE_SIZE = 100;

/**
 * Direct Line conversations on top of the shared conversation layer: each posted activity is one turn, its
 * replies are appended to the transcript once, and a repeated post (same client activity id) changes nothing.
 * Turns of one conversation run one at a time in this instance; across instances the conditional saves of the
 * conversation layer and the transcript's row lock keep them in order.
 */
export function createDirectLineConversations({ db, conversation, status, logger, render }: DirectLineDeps) {
  const running = new Map<string, Promise<unknown>>();

  function oneAtATime<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const before = running.get(conversationId) ?? Promise.resolve();
    const mine = before.then(work, work);
    const settled = mine.catch(() => undefined);
    running.set(conversationId, settled);
    void settled.then(() => {
      if (running.get(conversationId) === settled) running.delete(conversationId);
    });
    return mine;
  }

  /** What every activity in this conversation carries; the store adds the server id (and replyToId). */
  const stamped = (conversationId: string, draft: object): Record<string, unknown> => ({
    from: BOT_ACCOUNT,
    ...draft,
    timestamp: new Date().toISOString(),
    channelId: 'directline',
    conversation: { id: conversationId },
  });

  async function turn(conversationId: string, input: FlowInput, requestKey: string, lang: Language | undefined, user?: transcript.TurnToAppend['user'], preface: ChatActivity[] = [], address: string | null = null) {
    let bot: ChatActivity[];
    let answersTurn: number | null;
    try {
      const statusReply = status ? await status({ conversationId, input, address, lang }) : null;
      const reply = statusReply ?? (await runChatTurn(conversation, { sessionId: conversationId, requestKey, input, lang }));
      bot = [...preface, ...renderReply(reply, input, render)];
      // A status reply is no turn of the conversation: always shown.
      answersTurn = statusReply ? null : reply.turn;
    } catch (err) {
      // With the database away nothing can be saved, not even an apology: the client sends the message again.
      if (isDatabaseUnavailable(err)) throw err;
      bot = turnFailed(logger, err, 'direct line', lang ?? 'sv');
      answersTurn = null;
    }
    const withUser = user ? { ...user, draft: stamped(conversationId, user.draft) } : undefined;
    const replies = bot.map((activity) => stamped(conversationId, activity));
    return transcript.appendTurn(db, conversationId, { ...(withUser ? { user: withUser } : {}), bot: replies, turn: answersTurn });
  }

  /** Opens the conversation and greets the resident; starting it again changes nothing. */
  function start(conversationId: string, lang: Language | undefined, callbackIn?: MinorityLanguage): Promise<void> {
    return oneAtATime(conversationId, async () => {
      await transcript.openConversation(db, conversationId);
      await turn(conversationId, { kind: 'start', ...(lang ? { lang } : {}), ...(callbackIn ? { callbackIn } : {}) }, 'start', lang);
    });
  }

  /**
   * One posted activity: echoed into the transcript with a server id, answered once. Returns that id.
   * An upload adds its files to the echo (extra.echo) and a receipt before the reply (extra.preface).
   */
  function post(conversationId: string, activity: IncomingActivity, input: FlowInput, userId: string, lang: Language | undefined, extra: PostExtra = {}): Promise<string> {
    const clientActivityId = clientActivityIdOf(activity);
    return oneAtATime(conversationId, async () => {
      // No lookup first: a repeated post is rare, and both the conversation layer (same request key) and the
      // transcript (one row per client activity id) recognise it, so a new post costs no extra round trip.
      const user = { draft: { ...echoOf(activity, userId), ...extra.echo }, clientActivityId };
      const requestKey = `dl:${clientActivityId ?? randomUUID()}`;
      try {
        return (await turn(conversationId, input, requestKey, lang, user, extra.preface, extra.address ?? null))!;
      } catch (err) {
        // A repeated post, from this or another instance: answer with the id it got the first time.
        if (clientActivityId && transcript.isDuplicatePost(err)) {
          const already = await transcript.findPosted(db, conversationId, clientActivityId);
          if (already) return already;
        }
        throw err;
      }
    });
  }

  function read(conversationId: string, watermark: number) {
    return transcript.activitiesAfter(db, conversationId, watermark, PAGE_SIZE);
  }

  return { start, post, read };
}

export type DirectLineConversations = ReturnType<typeof createDirectLineConversations>;

export interface PostExtra {
  echo?: Record<string, unknown>;
  preface?: ChatActivity[];
  /** The client's address, for status on request's throttle on guessing case numbers. */
  address?: string;
}

/** The resident's activity as the transcript shows it back: only the fields a client needs to match it up. */
function echoOf(activity: IncomingActivity, userId: string): Record<string, unknown> {
  return {
    type: activity.type,
    from: { id: activity.from?.id ?? userId, ...(activity.from?.name ? { name: activity.from.name } : {}), role: 'user' },
    ...(activity.text ? { text: activity.text } : {}),
    ...(typeof activity.value === 'string' ? { value: activity.value } : {}),
    ...(activity.name ? { name: activity.name } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(activity.channelData?.clientActivityID ? { channelData: { clientActivityID: activity.channelData.clientActivityID } } : {}),
  };
}
