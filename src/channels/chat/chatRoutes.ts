/** The chat's paths and answers, named once: the routers, the page's client and the tests use these. */
export const DIRECT_LINE_BASE = '/v3/directline';

export const CHAT_ROUTE = {
  /** Azure Bot Service posts channel activities here (Teams, Azure's own Web Chat…). */
  botFramework: '/api/messages',
  /** A token for a new conversation; no secret needed, rate limited per address. */
  tokensGenerate: `${DIRECT_LINE_BASE}/tokens/generate`,
  /** A fresh token for the same conversation (botframework-directlinejs calls it every 15 minutes). */
  tokensRefresh: `${DIRECT_LINE_BASE}/tokens/refresh`,
  /** Starts the token's conversation. */
  conversations: `${DIRECT_LINE_BASE}/conversations`,
  /** Reconnects to a conversation (a fresh token and streamUrl). */
  conversation: `${DIRECT_LINE_BASE}/conversations/:conversationId`,
  /** Posts one activity (POST), or reads those after a watermark (GET). */
  activities: `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
  /** Uploads files (multipart: an "activity" part and "file" parts), as Web Chat's attach button does. */
  upload: `${DIRECT_LINE_BASE}/conversations/:conversationId/upload`,
  /** The resident-facing chat page, and what it and a municipal site load. */
  page: '/chat',
  pageScript: '/chat/chat.js',
  pageStyle: '/chat/chat.css',
  attachScript: '/chat/attach.js',
  widget: '/chat/widget.js',
} as const;

export const CHAT_STATUS = {
  ok: 200,
  created: 201,
  noContent: 204,
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  tooLarge: 413,
  unsupportedType: 415,
  tooManyRequests: 429,
  serverError: 500,
  serviceUnavailable: 503,
} as const;
export type ChatStatus = (typeof CHAT_STATUS)[keyof typeof CHAT_STATUS];

/** Machine-readable reasons in the JSON error body, beside a message a person can act on. */
export const CHAT_ERROR = {
  badRequest: 'BadArgument',
  tooLong: 'MessageTooLong',
  unknownType: 'UnknownActivityType',
  missingToken: 'MissingToken',
  badToken: 'BadToken',
  expiredToken: 'TokenExpired',
  wrongConversation: 'WrongConversation',
  notFound: 'NotFound',
  tooMany: 'TooManyRequests',
  disabled: 'Disabled',
  unavailable: 'ServiceUnavailable',
  attachmentTooLarge: 'AttachmentTooLarge',
  attachmentType: 'AttachmentTypeNotAllowed',
} as const;
export type ChatErrorCode = (typeof CHAT_ERROR)[keyof typeof CHAT_ERROR];
