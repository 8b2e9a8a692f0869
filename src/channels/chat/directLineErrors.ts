import type { Response } from 'express';
import { CHAT_ERROR, CHAT_STATUS, type ChatErrorCode, type ChatStatus } from './chatRoutes';

/** Direct Line's error body: { error: { code, message } }, with a message a person (or developer) can act on. */
export function sendChatError(res: Response, status: ChatStatus, code: ChatErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export const CHAT_ERRORS = {
  missingToken: [CHAT_STATUS.unauthorized, CHAT_ERROR.missingToken, 'Send the token from /v3/directline/tokens/generate as "Authorization: Bearer <token>".'],
  badToken: [CHAT_STATUS.forbidden, CHAT_ERROR.badToken, 'The token is not one this service issued. Get a new one from /v3/directline/tokens/generate.'],
  expiredToken: [CHAT_STATUS.forbidden, CHAT_ERROR.expiredToken, 'The token has expired. Refresh it before it expires, or start a new conversation.'],
  wrongConversation: [CHAT_STATUS.forbidden, CHAT_ERROR.wrongConversation, 'This token belongs to another conversation.'],
  notStarted: [CHAT_STATUS.notFound, CHAT_ERROR.notFound, 'The conversation has not been started: POST /v3/directline/conversations first.'],
  tooManyNew: [CHAT_STATUS.tooManyRequests, CHAT_ERROR.tooMany, 'Too many new chats from this address just now. Please wait a minute and try again.'],
  tooManyRequests: [CHAT_STATUS.tooManyRequests, CHAT_ERROR.tooMany, 'Too many requests from this address just now. Please wait a minute and try again.'],
  tooManyMessages: [CHAT_STATUS.tooManyRequests, CHAT_ERROR.tooMany, 'Too many messages in this conversation just now. Please wait a minute and write again.'],
  unreadableJson: [CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The body is not valid JSON.'],
  tooLarge: [CHAT_STATUS.tooLarge, CHAT_ERROR.tooLong, 'The request is too large.'],
  notFoundRoute: [CHAT_STATUS.notFound, CHAT_ERROR.notFound, 'There is no such Direct Line address here: see the Direct Line 3.0 reference for the paths this service takes.'],
  badWatermark: [CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The watermark must be a whole number from an earlier answer.'],
  notJson: [CHAT_STATUS.unsupportedType, CHAT_ERROR.badRequest, 'Send the activity as JSON (Content-Type: application/json).'],
  unavailable: [CHAT_STATUS.serviceUnavailable, CHAT_ERROR.unavailable, 'The chat cannot save messages just now. Nothing was taken: send the same activity (same clientActivityID) again after Retry-After seconds.'],
} as const satisfies Record<string, readonly [ChatStatus, ChatErrorCode, string]>;

export function sendKnownError(res: Response, [status, code, message]: readonly [ChatStatus, ChatErrorCode, string]): void {
  sendChatError(res, status, code, message);
}
