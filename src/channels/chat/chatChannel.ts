import type { Router } from 'express';
import type { Config } from '../../config/config';
import type { Database } from '../../db/database';
import type { Logger } from '../../logging/logger';
import { webchatRouter } from '../../webchat/webchatRouter';
import { botFrameworkRouter } from './botFrameworkRouter';
import { chatTokenSecret } from './chatTokenSecret';
import { createTokenSigner } from './chatTokens';
import type { ChatConversation } from './chatTurn';
import { createDirectLineConversations } from './directLineConversations';
import { directLineRouter } from './directLineRouter';

export interface ChatChannelDeps {
  config: Config;
  db: Database;
  /** The conversation instance the phone uses too: one flow, one engine, one register. */
  conversation: ChatConversation;
  logger: Logger;
}

/** The chat's routers: the website's page and widget, its Direct Line endpoints, and Azure Bot Service's /api/messages. */
export function chatRouters({ config, db, conversation, logger }: ChatChannelDeps): Router[] {
  const render = { customerServicePhone: config.twilio.phoneNumber };
  const tokens = createTokenSigner(chatTokenSecret(config), config.chat.tokenMinutes * 60);
  const conversations = createDirectLineConversations({ db, conversation, logger, render });
  return [
    webchatRouter(),
    directLineRouter({ conversations, tokens, limits: config.chat.limits, logger }),
    botFrameworkRouter({ conversation, logger, render, botFramework: config.botFramework, isProduction: config.isProduction }),
  ];
}
