import express, { Router, type Request, type Response } from 'express';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { Config } from '../../config/config';
import type { Logger } from '../../logging/logger';
import { storableText } from '../../db/storableText';
import { incomingActivitySchema } from './chatActivity';
import type * as BotFrameworkAdapter from './botFrameworkAdapter';
import { chatBot, type ChatBotDeps } from './chatBot';
import { CHAT_ERROR, CHAT_ROUTE, CHAT_STATUS } from './chatRoutes';
import { describeSafely } from './chatTurn';
import { sendChatError } from './directLineErrors';
import { replyDeliveryFor } from './replyDelivery';

export interface BotFrameworkRouterDeps extends ChatBotDeps {
  botFramework: Config['botFramework'];
  isProduction: boolean;
  logger: Logger;
}

/**
 * An activity as the chat reads it, and what the adapter reads before the turn: it throws on a serviceUrl that is
 * not a string, and the conversation's id names the session row. Checked first, so bad input is a 400, not a 500.
 */
const botFrameworkActivity = incomingActivitySchema.extend({
  serviceUrl: storableText().max(2000).optional(),
  conversation: z.looseObject({ id: storableText().max(200).optional() }).optional(),
  recipient: z.looseObject({ id: storableText().max(200).optional() }).optional(),
});

/** botbuilder's DeliveryModes.ExpectReplies, without loading botbuilder to name it. */
const EXPECT_REPLIES = 'expectReplies';

/**
 * POST /api/messages for Azure Bot Service channels. With MICROSOFT_APP_ID every request must carry a valid
 * Bot Framework token (else 401). Without it (development) nothing is authenticated, so the adapter must never
 * post to a serviceUrl the request names: every reply comes back in the response (expectReplies), whatever the
 * request asked for, except to the Bot Framework Emulator on this machine (replyDelivery.ts). In production a
 * missing app id closes the route.
 */
export function botFrameworkRouter(deps: BotFrameworkRouterDeps): Router {
  const { botFramework, isProduction, logger } = deps;
  const router = Router();
  if (!botFramework.appId && isProduction) {
    logger.warn(`${CHAT_ROUTE.botFramework} is closed: set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) to take Azure Bot Service activities`);
    router.post(CHAT_ROUTE.botFramework, (_req, res) =>
      sendChatError(res, CHAT_STATUS.serviceUnavailable, CHAT_ERROR.disabled, 'The Bot Framework endpoint is not configured on this service (MICROSOFT_APP_ID).'),
    );
    return router;
  }
  const bot = chatBot(deps);
  let adapter: BotFrameworkAdapter.ChatAdapter | undefined;
  /** botbuilder is loaded on the first activity, not at start (see botFrameworkAdapter.ts). */
  const adapterNow = () => {
    if (adapter) return adapter;
    const { createChatAdapter } = require('./botFrameworkAdapter') as typeof BotFrameworkAdapter; // on first use, on purpose
    adapter = createChatAdapter(botFramework);
    adapter.onTurnError = bot.onTurnError;
    return adapter;
  };
  const authenticated = botFramework.appId !== null;
  if (!authenticated) logger.warn(`${CHAT_ROUTE.botFramework} runs without authentication (no MICROSOFT_APP_ID): replies in the response, or posted to a serviceUrl on this machine (the Bot Framework Emulator)`);

  router.post(CHAT_ROUTE.botFramework, express.json({ limit: '256kb' }), async (req: Request, res: Response) => {
    const shape = botFrameworkActivity.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, `The body must be a Bot Framework Activity: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}.`);
    }
    const activity = req.body as Activity;
    if (replyDeliveryFor({ authenticated, isProduction, serviceUrl: activity.serviceUrl }) === 'response') activity.deliveryMode = EXPECT_REPLIES;
    try {
      const result = await adapterNow().run(req.get('authorization') ?? '', activity, bot.onTurn);
      res.status(result?.status ?? CHAT_STATUS.ok);
      if (result?.body !== undefined) res.json(result.body);
      else res.end();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === CHAT_STATUS.unauthorized) {
        return sendChatError(res, CHAT_STATUS.unauthorized, CHAT_ERROR.badToken, 'A valid Bot Framework token is required (Authorization: Bearer …).');
      }
      logger.error('a Bot Framework request failed', { error: describeSafely(err) });
      res.status(CHAT_STATUS.serverError).json({ error: { code: 'ServiceError', message: 'Something went wrong on our side. Please try again.' } });
    }
  });
  return router;
}
