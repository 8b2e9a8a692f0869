import { MINORITY_LANGUAGES } from '../../domain';
import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../../db/databaseErrors';
import type { Logger } from '../../logging/logger';
import { storableText } from '../../db/storableText';
import { incomingActivitySchema } from './chatActivity';
import { chatIntentOf, languageOf } from './chatInput';
import { describeSafely } from './chatTurn';
import { CHAT_ERROR, CHAT_ROUTE, CHAT_STATUS, DIRECT_LINE_BASE } from './chatRoutes';
import { newConversationId, newUserId, type ChatTokenClaims, type IssuedToken, type TokenSigner } from './chatTokens';
import { CHAT_ERRORS, sendChatError, sendKnownError } from './directLineErrors';
import type { DirectLineConversations } from './directLineConversations';
import type { ChatRateLimits, RateVerdict } from './chatRateLimits';
import { streamUrlOf } from './directLineStream';

export interface DirectLineRouterDeps {
  conversations: DirectLineConversations;
  tokens: TokenSigner;
  limits: ChatRateLimits;
  /** The upload route's handlers (directLineUpload.ts), run after the token check. */
  upload: RequestHandler[];
  logger: Logger;
}

/** The longest a poll over its conversation's limit is held before it is answered (instead of a 429). */
const MAX_POLL_DELAY_MS = 5_000;
const POLL_PATH = new RegExp(`^${DIRECT_LINE_BASE}/conversations/[^/]+/activities$`);

/** A JSON activity is small; a message is at most MAX_MESSAGE_LENGTH characters, checked with its own answer. */
const BODY_LIMIT = '64kb';
const startSchema = z
  .looseObject({
    user: z.looseObject({ id: storableText().max(200).optional() }).optional(),
    locale: storableText().max(35).optional().nullable(),
    /** The chat page's link for a call in Meänkieli or Sámi. */
    callbackLanguage: z.enum(MINORITY_LANGUAGES).optional(),
  })
  .optional()
  .nullable();
const watermarkSchema = z.object({ watermark: z.union([z.literal(''), z.coerce.number().int().min(0).max(2 ** 31 - 1)]).optional() });

type Locals = { claims: ChatTokenClaims };

/**
 * A Direct Line 3.0–compatible subset for the website's chat (and botframework-directlinejs or Web Chat set to
 * this domain): tokens, conversations, and activities by polling or by the streamUrl's WebSocket (directLineStream).
 */
export function directLineRouter({ conversations, tokens, limits, upload, logger }: DirectLineRouterDeps): Router {
  const router = Router();
  // Polls are not counted per address: residents behind one address (a library, a school) each poll every
  // second, and Microsoft's client stops for good at a 429. They are counted per conversation instead.
  router.use(DIRECT_LINE_BASE, allowAnyOrigin, async (req, res, next) => {
    if (req.method === 'GET' && POLL_PATH.test(req.baseUrl + req.path)) return next();
    const verdict = await limits.requestsPerAddress.take(addressOf(req));
    if (!verdict.ok) return tooMany(res, CHAT_ERRORS.tooManyRequests, verdict);
    next();
  });
  router.use(DIRECT_LINE_BASE, express.json({ limit: BODY_LIMIT }));
  const withToken = requireToken(tokens);

  router.post(CHAT_ROUTE.tokensGenerate, async (req, res) => {
    const verdict = await limits.newChatsPerAddress.take(addressOf(req));
    if (!verdict.ok) return tooMany(res, CHAT_ERRORS.tooManyNew, verdict);
    res.status(CHAT_STATUS.ok).json(tokenBody(tokens.issue(newConversationId(), newUserId())));
  });

  router.post(CHAT_ROUTE.tokensRefresh, withToken, (_req, res: Response<unknown, Locals>) => {
    const { conversationId, userId } = res.locals.claims;
    res.status(CHAT_STATUS.ok).json(tokenBody(tokens.issue(conversationId, userId)));
  });

  router.post(CHAT_ROUTE.conversations, withToken, async (req, res: Response<unknown, Locals>) => {
    const body = startSchema.safeParse(req.body);
    if (!body.success) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, `The conversation start could not be read: send {} or { "locale": "sv-SE" }, and callbackLanguage only as ${MINORITY_LANGUAGES.join(' or ')}.`);
    const { conversationId, userId } = res.locals.claims;
    await conversations.start(conversationId, languageOf(body.data?.locale), body.data?.callbackLanguage);
    // 201 and a stream from the start, as Microsoft's service answers: the greeting comes on the socket.
    const issued = tokens.issue(conversationId, userId);
    res.status(CHAT_STATUS.created).json({ ...tokenBody(issued), streamUrl: streamUrlOf(req, conversationId, issued.token, null) });
  });

  /** Reconnecting: a fresh token, and a stream that goes on after the client's watermark. */
  router.get(CHAT_ROUTE.conversation, withToken, sameConversation, (req, res: Response<unknown, Locals>) => {
    const query = watermarkSchema.safeParse(req.query);
    if (!query.success) return sendKnownError(res, CHAT_ERRORS.badWatermark);
    const { conversationId, userId } = res.locals.claims;
    const issued = tokens.issue(conversationId, userId);
    const from = query.data.watermark === '' || query.data.watermark === undefined ? null : query.data.watermark;
    res.status(CHAT_STATUS.ok).json({ ...tokenBody(issued), streamUrl: streamUrlOf(req, conversationId, issued.token, from) });
  });

  router.post(CHAT_ROUTE.activities, withToken, sameConversation, async (req, res: Response<unknown, Locals>) => {
    if (req.body === undefined) return sendKnownError(res, CHAT_ERRORS.notJson);
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, `The activity could not be read: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}.`);
    }
    const intent = chatIntentOf(parsed.data);
    if (intent.kind === 'unknownType') {
      return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.unknownType, `Activities of type "${intent.type.slice(0, 40)}" are not taken here: send "message", "event" or "conversationUpdate".`);
    }
    if (intent.kind === 'tooLong') {
      return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.tooLong, `The message is too long: at most ${intent.max} characters.`);
    }
    const { conversationId, userId } = res.locals.claims;
    if (intent.kind === 'ignore') return res.status(CHAT_STATUS.ok).json({ id: `${conversationId}|ignored` });
    // Direct Line's clients do not send conversationUpdate (the service does): one that comes is taken as a
    // start, which greets once, and is not echoed into the transcript as if the resident had said something.
    if (parsed.data.type === 'conversationUpdate') {
      await conversations.start(conversationId, languageOf(parsed.data.locale));
      return res.status(CHAT_STATUS.ok).json({ id: `${conversationId}|ignored` });
    }
    const verdict = await limits.messagesPerConversation.take(conversationId);
    if (!verdict.ok) return tooMany(res, CHAT_ERRORS.tooManyMessages, verdict);
    const id = await conversations.post(conversationId, parsed.data, intent.input, userId, languageOf(parsed.data.locale), { address: addressOf(req) });
    res.status(CHAT_STATUS.ok).json({ id });
  });

  router.post(CHAT_ROUTE.upload, withToken, sameConversation, ...upload);

  router.get(CHAT_ROUTE.activities, withToken, sameConversation, async (req, res: Response<unknown, Locals>) => {
    const query = watermarkSchema.safeParse(req.query);
    if (!query.success) return sendKnownError(res, CHAT_ERRORS.badWatermark);
    const from = query.data.watermark === '' || query.data.watermark === undefined ? 0 : query.data.watermark;
    // Too many polls: answered late, never refused, so a client that polls too fast slows down and goes on.
    const verdict = await limits.pollsPerConversation.take(res.locals.claims.conversationId);
    if (!verdict.ok) await new Promise((resolve) => setTimeout(resolve, Math.min(verdict.retryAfterMs, MAX_POLL_DELAY_MS)));
    const page = await conversations.read(res.locals.claims.conversationId, from);
    res.status(CHAT_STATUS.ok).json({ activities: page.activities, watermark: String(page.watermark) });
  });

  router.use(DIRECT_LINE_BASE, unreadableBody, databaseUnavailable(logger));
  // Any other path under Direct Line's base answers in Direct Line's error shape, as the known ones do.
  router.use(DIRECT_LINE_BASE, (_req, res) => sendKnownError(res, CHAT_ERRORS.notFoundRoute));
  return router;
}

const addressOf = (req: Request) => `ip:${req.ip ?? 'unknown'}`;

/** A 429 says when to come back (Retry-After, seconds), in Direct Line's error shape. */
function tooMany(res: Response, error: (typeof CHAT_ERRORS)[keyof typeof CHAT_ERRORS], verdict: Exclude<RateVerdict, { ok: true }>): void {
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))));
  sendKnownError(res, error);
}

function tokenBody(issued: IssuedToken) {
  return { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn };
}

function requireToken(tokens: TokenSigner): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return sendKnownError(res, CHAT_ERRORS.missingToken);
    const checked = tokens.check(match[1]!);
    if (!checked.ok) return sendKnownError(res, checked.reason === 'expired' ? CHAT_ERRORS.expiredToken : CHAT_ERRORS.badToken);
    res.locals.claims = checked.claims;
    next();
  };
}

/** A token opens its own conversation only: another conversation's id in the path is refused. */
const sameConversation: RequestHandler = (req, res, next) => {
  const claims = res.locals.claims as ChatTokenClaims;
  if (req.params.conversationId !== claims.conversationId) return sendKnownError(res, CHAT_ERRORS.wrongConversation);
  next();
};

/** The API is called from municipal sites' pages with a bearer token (no cookies), so any origin may call it. */
const allowAnyOrigin: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Max-Age', '600');
  if (req.method === 'OPTIONS') return void res.status(CHAT_STATUS.noContent).end();
  next();
};

/** Bodies express.json could not read get Direct Line's error shape instead of the generic one. */
const unreadableBody: ErrorRequestHandler = (err: { type?: string }, _req, res, next) => {
  if (err.type === 'entity.parse.failed') return sendKnownError(res, CHAT_ERRORS.unreadableJson);
  if (err.type === 'entity.too.large') return sendKnownError(res, CHAT_ERRORS.tooLarge);
  next(err);
};

/**
 * The database is away or read-only: nothing of the activity was taken, so the client is told to send the same
 * one again (Direct Line's error shape, 503 and Retry-After) rather than given a bare 500.
 */
function databaseUnavailable(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (!isDatabaseUnavailable(err)) return next(err);
    logger.warn('the database cannot take the chat just now; the client was asked to send again', { error: describeSafely(err) });
    if (res.headersSent) return;
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    sendKnownError(res, CHAT_ERRORS.unavailable);
  };
}
