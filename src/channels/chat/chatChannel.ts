import type { Server } from 'node:http';
import type { Router } from 'express';
import type { Config } from '../../config/config';
import type { Database } from '../../db/database';
import type { Logger } from '../../logging/logger';
import { botFrameworkRouter } from './botFrameworkRouter';
import { chatTokenSecret } from './chatTokenSecret';
import { createTokenSigner } from './chatTokens';
import type { ChatConversation, ChatStatusPort } from './chatTurn';
import { createDirectLineConversations, PAGE_SIZE } from './directLineConversations';
import { directLineRouter } from './directLineRouter';
import { createDirectLineStream } from './directLineStream';
import { createChatRateLimits } from './chatRateLimits';
import { uploadHandlers } from './directLineUpload';

export interface ChatChannelDeps {
  config: Config;
  db: Database;
  /** The conversation instance the phone uses too: one flow, one engine, one register. */
  conversation: ChatConversation;
  /** Status on request beside the intake (Direct Line and Bot Framework). */
  status?: ChatStatusPort;
  logger: Logger;
}

export interface ChatChannel {
  /** The Direct Line endpoints (for the website's page in src/webchat, and other clients) and Azure Bot Service's /api/messages. */
  routers: Router[];
  /** Direct Line streaming on the service's HTTP server (WebSocket upgrades). */
  attach(server: Server): Promise<void>;
  close(): Promise<void>;
}

export function chatChannel({ config, db, conversation, status, logger }: ChatChannelDeps): ChatChannel {
  const render = { customerServicePhone: config.twilio.phoneNumber };
  const secret = chatTokenSecret(config);
  const tokens = createTokenSigner(secret, config.chat.tokenMinutes * 60);
  const conversations = createDirectLineConversations({ db, conversation, ...(status ? { status } : {}), logger, render });
  const limits = createChatRateLimits(db, config.chat.limits, secret);
  const upload = uploadHandlers({ db, conversations, messagesPerConversation: limits.messagesPerConversation, maxFileBytes: config.chat.uploadMaxMb * 1024 * 1024 });
  const stream = createDirectLineStream({ db, tokens, read: conversations.read, pageSize: PAGE_SIZE, logger });
  return {
    routers: [
      directLineRouter({ conversations, tokens, limits, upload, logger }),
      botFrameworkRouter({ conversation, ...(status ? { status } : {}), logger, render, botFramework: config.botFramework, isProduction: config.isProduction }),
    ],
    attach: (server) => stream.attach(server),
    close: () => stream.close(),
  };
}
