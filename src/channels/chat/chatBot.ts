import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import { fill } from '../../flow/speaking';
import type { Logger } from '../../logging/logger';
import { clientActivityIdOf, incomingActivitySchema, type ChatActivity, type IncomingActivity } from './chatActivity';
import { chatIntentOf, languageOf } from './chatInput';
import { message, renderReply, type RenderOptions } from './chatRendering';
import { runChatTurn, turnFailed, type ChatConversation, type ChatStatusPort } from './chatTurn';
import { CHAT_WORDS } from './chatWords';
import { forTeams, TEAMS_CHANNEL, withoutMentions } from './teamsRendering';

export interface ChatBotDeps {
  conversation: ChatConversation;
  /** Status on request, answered before the conversation when it takes the message (no client address here). */
  status?: ChatStatusPort;
  logger: Logger;
  render: RenderOptions;
}

/** Ids this service gives its own Direct Line conversations: never taken from a Bot Framework channel. */
const OWN_CONVERSATION_ID = /^dl-/;

/**
 * The Bot Framework turn: an Activity from Azure Bot Service in, the same conversation as the phone and the
 * website's chat, activities with suggested actions out. Translation only.
 */
export function chatBot({ conversation, status, logger, render }: ChatBotDeps) {
  async function onTurn(context: TurnContext): Promise<void> {
    const teams = context.activity.channelId === TEAMS_CHANNEL;
    const raw = context.activity;
    const parsed = incomingActivitySchema.safeParse(teams && typeof raw.text === 'string' ? { ...raw, text: withoutMentions(raw.text) } : raw);
    const sessionId = context.activity.conversation?.id ?? '';
    // Other channels' housekeeping (installationUpdate, messageReaction…) and unusable ids get no answer.
    if (!parsed.success || sessionId.length === 0 || sessionId.length > 200 || OWN_CONVERSATION_ID.test(sessionId)) return;
    const activity = parsed.data;
    const lang = languageOf(activity.locale);
    const intent = chatIntentOf(activity);
    if (intent.kind === 'tooLong') {
      await send(context, [message(lang ?? 'sv', fill(CHAT_WORDS.tooLong[lang ?? 'sv'], { max: String(intent.max) }))], teams);
      return;
    }
    if (intent.kind !== 'turn') return;
    if (activity.type === 'conversationUpdate' && !(teams ? botAdded(activity, raw.recipient?.id) : aResidentJoined(activity, raw.recipient?.id))) return;
    const statusReply = status ? await status({ conversationId: sessionId, input: intent.input, address: null, lang }) : null;
    const reply = statusReply ?? await runChatTurn(conversation, {
      sessionId,
      requestKey: `bf:${clientActivityIdOf(activity) ?? randomUUID()}`,
      input: intent.input,
      lang,
    });
    await send(context, renderReply(reply, intent.input, render), teams);
  }

  /** The one onTurnError: an apology in the chat, a log line without personal data. */
  async function onTurnError(context: TurnContext, error: Error): Promise<void> {
    const lang = languageOf(context.activity.locale) ?? 'sv';
    await send(context, turnFailed(logger, error, 'bot framework', lang), context.activity.channelId === TEAMS_CHANNEL).catch(() => undefined);
  }

  return { onTurn, onTurnError };
}

/** Azure sends conversationUpdate when anyone joins, the bot included: greet only when someone else did. */
function aResidentJoined(activity: IncomingActivity, botId: string | undefined): boolean {
  return (activity.membersAdded ?? []).some((member) => member.id !== botId);
}

/**
 * Teams adds the bot to a personal chat when the resident installs or opens it, and sends the resident nothing
 * of their own joining: the bot's own membersAdded is the moment to greet there.
 */
function botAdded(activity: IncomingActivity, botId: string | undefined): boolean {
  return botId !== undefined && (activity.membersAdded ?? []).some((member) => member.id === botId);
}

async function send(context: TurnContext, activities: ChatActivity[], teams: boolean): Promise<void> {
  const shown = teams ? forTeams(activities) : activities;
  if (shown.length) await context.sendActivities(shown as Partial<Activity>[]);
}
